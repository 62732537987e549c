namespace Audiobook.Core.Books;

/// <summary>One chapter: its real title (from the table of contents or heading) and its text blocks in order.</summary>
/// <param name="Index">Zero-based position among the book's narrated chapters.</param>
/// <param name="Title">The chapter title as the book gives it.</param>
/// <param name="Blocks">Headings, paragraphs and scene breaks in reading order. The first block is usually the title heading.</param>
/// <param name="Kind">Body text, or front/back matter kept on request.</param>
public sealed record Chapter(int Index, string Title, IReadOnlyList<TextBlock> Blocks, ChapterKind Kind = ChapterKind.Body);
