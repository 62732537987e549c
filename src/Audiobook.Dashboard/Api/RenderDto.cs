using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;

namespace Audiobook.Dashboard.Api;

/// <summary>A render with its settings, cost and per-chapter progress (<c>GET /api/v1/renders/{id}</c>, and each event
/// of a render page's live progress).</summary>
public sealed record RenderDto(
    Guid Id,
    Guid BookId,
    string BookTitle,
    string State,
    string Model,
    string Voice,
    string Profile,
    string Formats,
    string Region,
    string Schedule,
    double Progress,
    int ChaptersDone,
    int ChaptersTotal,
    long EstimatedBilledCharacters,
    long BilledCharacters,
    decimal Cost,
    string Currency,
    string? Error,
    string? M4bFile,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<RenderChapterDto>? Chapters)
{
    public static RenderDto Of(RenderSummary summary, IReadOnlyList<RenderChapter>? chapters)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var r = summary.Render;
        var progress = r.State == RenderState.Succeeded ? 1.0
            : chapters is { Count: > 0 } ? chapters.Average(ChapterProgress)
            : summary.SegmentsTotal > 0 ? (double)summary.SegmentsDone / summary.SegmentsTotal : 0.0;
        return new RenderDto(r.Id, r.BookId, summary.BookTitle, Lower(r.State), r.Model, r.Voice, r.Profile, r.Formats, r.Region, Lower(r.Schedule),
            Math.Round(progress, 4), summary.ChaptersDone, summary.ChaptersTotal, r.EstimatedBilledCharacters, r.BilledCharacters, summary.Cost, r.Currency,
            r.Error, r.M4bFile, r.CreatedAt, r.StartedAt, r.FinishedAt,
            chapters?.Select(c => new RenderChapterDto(c.Number, c.Title, Lower(c.State), Math.Round(ChapterProgress(c), 4), c.SegmentsDone, c.SegmentsTotal,
                c.Attempts, c.DurationMs, c.Error, c.Files)).ToList());
    }

    /// <summary>A succeeded chapter is whole; a running one counts its segments (assembling the chapter is the last bit).</summary>
    private static double ChapterProgress(RenderChapter chapter) => chapter.State == ChapterRunState.Succeeded ? 1.0
        : chapter.SegmentsTotal > 0 ? Math.Min(0.99, (double)chapter.SegmentsDone / chapter.SegmentsTotal) : 0.0;

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
