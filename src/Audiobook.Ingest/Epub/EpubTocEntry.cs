namespace Audiobook.Ingest.Epub;

/// <summary>One table-of-contents entry (EPUB 3 nav li or EPUB 2 NCX navPoint) with its nested entries.</summary>
/// <param name="Title">The label, whitespace folded.</param>
/// <param name="Target">Where it points, or null for a heading-only entry (a nav <c>span</c>).</param>
/// <param name="Children">Nested entries in order.</param>
internal sealed record EpubTocEntry(string Title, EpubHref? Target, IReadOnlyList<EpubTocEntry> Children);
