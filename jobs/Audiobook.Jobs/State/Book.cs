namespace Audiobook.Jobs.State;

/// <summary>An uploaded book: the source file in the output store and the summary its reader produced.</summary>
public sealed class Book
{
    public Guid Id { get; init; }

    public Guid PublisherId { get; init; }

    public required string Title { get; set; }

    public required string Authors { get; set; }

    public required string Language { get; set; }

    /// <summary><c>epub</c>, <c>markdown</c> or <c>text</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The file name as uploaded (display only; never used as a path).</summary>
    public required string SourceFileName { get; init; }

    /// <summary>Where the source is kept in the output store.</summary>
    public required string SourceKey { get; init; }

    public required string SourceSha256 { get; init; }

    public long SizeBytes { get; init; }

    public bool HasCover { get; init; }

    public List<BookChapterSummary> Chapters { get; set; } = [];

    public long Characters { get; set; }

    public long BilledCharacters { get; set; }

    public double EstimatedSeconds { get; set; }

    /// <summary>The book's own pronunciation lexicon (docs/lexicon-format.md), edited in the dashboard.</summary>
    public string LexiconText { get; set; } = "";

    /// <summary>Bumped on every lexicon edit; a render records the version it used.</summary>
    public int LexiconVersion { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
