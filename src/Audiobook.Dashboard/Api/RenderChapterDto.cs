namespace Audiobook.Dashboard.Api;

/// <summary>A chapter of a render and how far it got (<c>progress</c> 0..1).</summary>
public sealed record RenderChapterDto(
    int Index,
    string Title,
    string State,
    double Progress,
    int SegmentsDone,
    int SegmentsTotal,
    int Attempts,
    long DurationMs,
    string? Error,
    IReadOnlyList<string> Files);
