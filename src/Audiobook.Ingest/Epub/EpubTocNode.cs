namespace Audiobook.Ingest.Epub;

/// <summary>A TOC entry prepared for choosing chapters.</summary>
/// <param name="Title">The label.</param>
/// <param name="Start">Where a chapter for this entry would begin; null for a group heading: an entry without a link
/// into the spine (a nav <c>span</c>), or one that points exactly where its first child points.</param>
/// <param name="Children">Nested entries in order.</param>
internal sealed record EpubTocNode(string Title, EpubChapterStart? Start, IReadOnlyList<EpubTocNode> Children);
