namespace Audiobook.Rendering.Progress;

/// <summary>A snapshot of a running render, for a live display or a job's persisted progress. <see cref="Retries"/> counts
/// transient TTS failures retried so far.</summary>
public sealed record RenderProgress(
    int ChaptersTotal,
    int ChaptersDone,
    int SegmentsTotal,
    int SegmentsDone,
    int SegmentsFromCache,
    long CharactersTotal,
    long CharactersDone,
    long BilledCharacters,
    decimal CostSoFar,
    string Currency,
    TimeSpan Elapsed,
    TimeSpan? EstimatedRemaining,
    string? CurrentChapter,
    int Retries = 0);
