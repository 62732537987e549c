namespace Audiobook.Jobs.State;

/// <summary>One chapter of a render: the unit a worker owns. Progress is written in place at least every two seconds
/// while it runs (<see cref="HeartbeatAt"/>), so a reader never polls Hangfire for it.</summary>
public sealed class RenderChapter
{
    public Guid RenderId { get; init; }

    /// <summary>1-based, as <c>audiobook render --chapters</c> counts.</summary>
    public int Number { get; init; }

    public required string Title { get; set; }

    public ChapterRunState State { get; set; }

    /// <summary>The input hash of the chapter's deliverables (segment keys, pauses, profile, tags).</summary>
    public required string Hash { get; set; }

    public int SegmentsTotal { get; set; }

    public int SegmentsDone { get; set; }

    public long CharactersTotal { get; set; }

    public long CharactersDone { get; set; }

    public long BilledCharacters { get; set; }

    /// <summary>Transient TTS failures retried by the run that finished the chapter.</summary>
    public int Retries { get; set; }

    /// <summary>Times a worker started this chapter (a retry or a takeover after a crash adds one).</summary>
    public int Attempts { get; set; }

    /// <summary>The worker that runs or last ran it (<c>host:pid</c>).</summary>
    public string? Worker { get; set; }

    /// <summary>The Hangfire job that renders it, to cancel it.</summary>
    public string? JobId { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset? HeartbeatAt { get; set; }

    public string? Error { get; set; }

    /// <summary>Set by <c>rerender --force</c>: the next run synthesizes the chapter's segments again instead of
    /// taking them from the cache. Cleared when the chapter succeeds.</summary>
    public bool Force { get; set; }

    public long DurationMs { get; set; }

    /// <summary>Output files relative to the render's folder (MP3 parts, captions).</summary>
    public List<string> Files { get; set; } = [];

    public ChapterLevelsSummary? Levels { get; set; }
}
