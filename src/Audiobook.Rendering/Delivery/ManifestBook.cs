namespace Audiobook.Rendering.Delivery;

/// <summary>The book's metadata in <c>manifest.json</c>.</summary>
public sealed record ManifestBook(string Title, IReadOnlyList<string> Authors, string? Language, string? Identifier, string? Publisher, string? Date);
