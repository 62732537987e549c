namespace Audiobook.Ingest.Epub;

/// <summary>A point in the book where a chapter may begin, taken from a linked TOC entry.</summary>
/// <param name="Title">The TOC label.</param>
/// <param name="Target">The spine document and optional element id the entry points at.</param>
/// <param name="ParentTitle">The enclosing entry's label ("Part One"), used to tell apart equal titles.</param>
/// <param name="GroupTitle">The enclosing group heading that has no text of its own ("Mara Quillon"), put before the title.</param>
internal sealed record EpubChapterStart(string Title, EpubHref Target, string? ParentTitle, string? GroupTitle = null);
