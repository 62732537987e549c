namespace Audiobook.Ingest.Epub;

/// <summary>A landmark of a source EPUB (its EPUB 3 landmarks nav or EPUB 2 guide), pointing into the edition.</summary>
/// <param name="Type">The type as the source gave it, lower-cased (an EPUB 2 guide type such as <c>title-page</c>, or an EPUB 3 one).</param>
/// <param name="Title">The label, empty when the source gave none.</param>
/// <param name="OutputPath">The edition entry it points at.</param>
/// <param name="Fragment">The id after <c>#</c>, when there is one.</param>
public sealed record EpubSourceLandmark(string Type, string Title, string OutputPath, string? Fragment);
