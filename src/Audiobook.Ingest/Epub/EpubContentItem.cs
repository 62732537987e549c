using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>One step through a content document in reading order: a text block, or the position of an id a TOC entry points at.</summary>
internal readonly record struct EpubContentItem(TextBlock? Block, string? Anchor);
