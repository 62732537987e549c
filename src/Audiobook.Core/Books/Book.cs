namespace Audiobook.Core.Books;

/// <summary>A book as read from its source: metadata, an optional cover and its chapters in reading order.</summary>
/// <param name="Metadata">Title, authors, language and the other descriptive fields.</param>
/// <param name="Chapters">The narrated chapters in reading order (front and back matter already filtered by the reader's options).</param>
/// <param name="Cover">The cover image, when the source has one.</param>
/// <param name="Lexicon">Pronunciation entries that ship inside the book (an EPUB 3 PLS lexicon, say); applied after the global ones.</param>
public sealed record Book(
    BookMetadata Metadata,
    IReadOnlyList<Chapter> Chapters,
    CoverImage? Cover = null,
    Lexicons.Lexicon? Lexicon = null)
{
    /// <summary>The EPUB file the book was read from (empty for Markdown and plain text): a read-along edition keeps
    /// its documents, images and styles, and finds each block's text there through <see cref="TextBlock.Source"/>.</summary>
    public ReadOnlyMemory<byte> SourceArchive { get; init; }
}
