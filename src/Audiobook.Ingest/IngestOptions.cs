using System.ComponentModel.DataAnnotations;

namespace Audiobook.Ingest;

/// <summary>What a book reader keeps and the limits it enforces against hostile or broken files (section <c>Ingest</c>,
/// validated at start by <see cref="IngestServiceCollectionExtensions.AddBookIngest"/>).</summary>
public sealed record IngestOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Ingest";

    /// <summary>Keep front matter (title page, copyright, dedication, table of contents) as chapters.</summary>
    public bool IncludeFrontMatter { get; init; }

    /// <summary>Keep back matter (notes, acknowledgements, about the author, index) as chapters.</summary>
    public bool IncludeBackMatter { get; init; }

    /// <summary>Largest archive (EPUB) or text file accepted, and the cap on all decompressed bytes of an archive.</summary>
    [Range(1L, long.MaxValue)]
    public long MaxArchiveBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most entries an archive may hold.</summary>
    [Range(1, int.MaxValue)]
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Most decompressed bytes a single archive entry may hold.</summary>
    [Range(1L, long.MaxValue)]
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Longest paragraph kept in one piece. A longer run of text without a paragraph break is cut at the last
    /// sentence end (or whitespace) before the limit into several paragraphs, so a 50 MB single-line file still
    /// reads in linear time.
    /// </summary>
    [Range(100, int.MaxValue)]
    public int MaxParagraphChars { get; init; } = 100_000;

    /// <summary>The defaults: body chapters only, generous limits.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a limit that is not positive (a paragraph limit under 100 characters included).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArchiveBytes, nameof(MaxArchiveBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntries, nameof(MaxEntries));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntryBytes, nameof(MaxEntryBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParagraphChars, 100, nameof(MaxParagraphChars));
    }
}
