using Audiobook.Jobs.Queries;

namespace Audiobook.Cli.Service;

/// <summary>The <c>--json</c> shapes of renders (snake_case through <c>EstimateFormat.Json</c>): full ids, states as
/// stored, per-chapter progress and attempts, for scripts.</summary>
internal static class RenderJson
{
    public static object Summary(RenderSummary summary, string? shortId)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var r = summary.Render;
        return new
        {
            r.Id,
            ShortId = shortId,
            Publisher = summary.PublisherSlug,
            r.PublisherId,
            r.BookId,
            Book = summary.BookTitle,
            State = ServiceFormat.State(r.State),
            Schedule = ServiceFormat.State(r.Schedule),
            r.Model,
            r.Voice,
            r.CreatedBy,
            r.CreatedAt,
            r.StartedAt,
            r.FinishedAt,
            summary.ChaptersDone,
            summary.ChaptersTotal,
            summary.SegmentsDone,
            summary.SegmentsTotal,
            r.BilledCharacters,
            r.EstimatedBilledCharacters,
            summary.Cost,
            summary.EstimatedCost,
            r.Currency,
            r.Error,
        };
    }

    public static object Detail(RenderDetail detail, string shortId, string? m4bPath)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var r = detail.Render;
        return new
        {
            Render = Summary(detail.Summary, shortId),
            Settings = new { r.Model, r.Voice, r.SpeechRate, r.PitchRate, r.Volume, r.Instructions, r.Profile, r.Formats, r.Region, r.LexiconVersion },
            M4b = m4bPath,
            Chapters = detail.Chapters.Select(c => new
            {
                c.Number,
                c.Title,
                State = ServiceFormat.State(c.State),
                c.SegmentsDone,
                c.SegmentsTotal,
                c.CharactersDone,
                c.CharactersTotal,
                c.BilledCharacters,
                c.Attempts,
                c.Retries,
                c.Worker,
                c.StartedAt,
                c.FinishedAt,
                c.HeartbeatAt,
                c.Error,
                c.Files,
            }),
            Events = detail.RecentEvents.Select(e => new { e.At, e.Kind, Chapter = e.ChapterNumber, e.Message, e.Worker }),
        };
    }
}
