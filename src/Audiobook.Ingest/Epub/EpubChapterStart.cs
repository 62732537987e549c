namespace Audiobook.Ingest.Epub;

/// <summary>A point in the book where a chapter begins, taken from a TOC entry.</summary>
/// <param name="Title">The TOC label.</param>
/// <param name="Target">The document and optional element id the entry points at.</param>
/// <param name="ParentTitle">The enclosing entry's label ("Part One"), used to tell apart equal titles.</param>
internal sealed record EpubChapterStart(string Title, EpubHref Target, string? ParentTitle);
