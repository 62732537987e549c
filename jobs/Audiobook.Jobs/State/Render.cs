namespace Audiobook.Jobs.State;

/// <summary>One request to turn a book into an audiobook with given settings, and how far it got.
/// <see cref="ChaptersPending"/> is the fan-in counter: the chapter that takes it to 0 enqueues the book's assembly.</summary>
public sealed class Render
{
    public Guid Id { get; init; }

    public Guid PublisherId { get; init; }

    public Guid BookId { get; init; }

    public required string Model { get; init; }

    public required string Voice { get; init; }

    public double SpeechRate { get; init; } = 1.0;

    public double PitchRate { get; init; } = 1.0;

    public int Volume { get; init; } = 50;

    public string? Instructions { get; init; }

    /// <summary>Mastering profile name (<c>audiobook</c>, <c>acx</c>, <c>podcast</c>, <c>r128</c>).</summary>
    public required string Profile { get; init; }

    /// <summary>Deliverables, comma-separated (<c>m4b,mp3</c>).</summary>
    public required string Formats { get; init; }

    /// <summary>Pricing region (<c>cn</c> or <c>intl</c>).</summary>
    public required string Region { get; init; }

    /// <summary>The book's lexicon version this render uses (re-planned on a re-render).</summary>
    public int LexiconVersion { get; set; }

    public RenderSchedule Schedule { get; init; }

    public RenderState State { get; set; }

    /// <summary>Who asked: <c>user:&lt;id&gt;</c>, <c>token:&lt;id&gt;</c> or <c>cli</c>.</summary>
    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Billed characters if nothing came from the cache: what budgets are checked against.</summary>
    public long EstimatedBilledCharacters { get; set; }

    /// <summary>Characters the TTS service actually billed (cache hits cost nothing).</summary>
    public long BilledCharacters { get; set; }

    public decimal PricePerTenThousand { get; init; }

    public required string Currency { get; init; }

    public int ChaptersTotal { get; set; }

    public int ChaptersPending { get; set; }

    /// <summary>Set once by whoever enqueues the assembly, so it is enqueued once per fan-in.</summary>
    public bool AssembleEnqueued { get; set; }

    /// <summary>When the assembly was last enqueued; the sweeper enqueues it again if the render is still running long after.</summary>
    public DateTimeOffset? AssembleEnqueuedAt { get; set; }

    /// <summary>Why the render failed, in one line.</summary>
    public string? Error { get; set; }

    /// <summary>The render's folder in the output store.</summary>
    public required string OutputKey { get; init; }

    /// <summary>The M4B's file name inside <see cref="OutputKey"/>, once assembled.</summary>
    public string? M4bFile { get; set; }

    /// <summary>PostgreSQL's row version (<c>xmin</c>), for optimistic concurrency on edits through EF Core.</summary>
    public uint Version { get; set; }
}
