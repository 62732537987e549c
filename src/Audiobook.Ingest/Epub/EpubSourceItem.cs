namespace Audiobook.Ingest.Epub;

/// <summary>One resource of a source EPUB as a read-along edition republishes it.</summary>
/// <param name="Id">The manifest id.</param>
/// <param name="Path">The entry name in the source archive.</param>
/// <param name="OutputPath">The entry name in the edition: the same, unless the name needs cleaning (spaces).</param>
/// <param name="MediaType">The media type (an XHTML document is always <c>application/xhtml+xml</c>).</param>
/// <param name="FallbackId">The manifest fallback, when it is republished too.</param>
/// <param name="IsDocument">An XHTML content document, rewritten by <see cref="EpubSourceBook.Rewrite"/>.</param>
/// <param name="IsNav">The EPUB 3 navigation document.</param>
/// <param name="IsCover">The cover image.</param>
public sealed record EpubSourceItem(
    string Id,
    string Path,
    string OutputPath,
    string MediaType,
    string? FallbackId,
    bool IsDocument,
    bool IsNav,
    bool IsCover);
