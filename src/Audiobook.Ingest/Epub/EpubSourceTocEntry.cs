namespace Audiobook.Ingest.Epub;

/// <summary>A table-of-contents entry of a source EPUB, pointing into the edition.</summary>
/// <param name="Title">The label.</param>
/// <param name="OutputPath">The edition entry it points at, or null for a heading without a link.</param>
/// <param name="Fragment">The id after <c>#</c>, when there is one.</param>
/// <param name="Children">Nested entries.</param>
public sealed record EpubSourceTocEntry(string Title, string? OutputPath, string? Fragment, IReadOnlyList<EpubSourceTocEntry> Children);
