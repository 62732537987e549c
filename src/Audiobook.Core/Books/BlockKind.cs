namespace Audiobook.Core.Books;

/// <summary>The kind of a <see cref="TextBlock"/>; it decides the pause that follows.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    SceneBreak,
}
