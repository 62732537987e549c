namespace Audiobook.Ingest.Epub;

/// <summary>A typed pointer into the book from the EPUB 2 guide or the EPUB 3 landmarks nav (type lower-cased: "cover", "toc", "index"),
/// with its label when it has one.</summary>
internal sealed record EpubLandmark(string Type, EpubHref Target, string? Title = null);
