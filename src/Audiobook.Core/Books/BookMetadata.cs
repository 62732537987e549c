namespace Audiobook.Core.Books;

/// <summary>Descriptive metadata of a book. Only <see cref="Title"/> is always present.</summary>
public sealed record BookMetadata
{
    public required string Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>BCP 47 language tag of the book (for example <c>en</c>, <c>zh-CN</c>), or null when the source does not say.</summary>
    public string? Language { get; init; }
    public string? Identifier { get; init; }
    public string? Publisher { get; init; }
    public string? Date { get; init; }
    public string? Description { get; init; }
    /// <summary>A voice the source asks for (Markdown front matter <c>voice:</c>), used when the caller names none.</summary>
    public string? Voice { get; init; }
}
