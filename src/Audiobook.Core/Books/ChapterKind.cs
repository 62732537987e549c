namespace Audiobook.Core.Books;

/// <summary>Where a chapter sits in the book. Front and back matter are left out by default.</summary>
public enum ChapterKind
{
    Body,
    FrontMatter,
    BackMatter,
}
