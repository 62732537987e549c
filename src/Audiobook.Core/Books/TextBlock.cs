namespace Audiobook.Core.Books;

/// <summary>A unit of narrated text as the source structures it.</summary>
/// <param name="Kind">Heading, paragraph (lists, quotes and table rows are paragraphs too) or scene break.</param>
/// <param name="Text">Clean text to speak; empty for a scene break.</param>
/// <param name="Language">BCP 47 language of this block when the source marks it (<c>xml:lang</c>, <c>lang</c>), else null (the book's language applies).</param>
public sealed record TextBlock(BlockKind Kind, string Text, string? Language = null)
{
    /// <summary>Where <see cref="Text"/> came from in the source's own markup (EPUB content documents), or null
    /// (Markdown, plain text, or a block built in code).</summary>
    public TextSource? Source { get; init; }
}
