namespace Audiobook.Ingest.Epub;

/// <summary>A stretch of a content document's text to mark with an element of its own (a spoken segment).</summary>
/// <param name="Id">The id asked for (made unique in the document if taken).</param>
/// <param name="Start">Start offset in the document's text stream (<see cref="Core.Books.TextSource"/>).</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record EpubTextMark(string Id, int Start, int End);
