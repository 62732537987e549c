namespace Audiobook.Ingest.Epub;

/// <summary>One entry of a source EPUB's reading order: the manifest id and whether it is linear.</summary>
public sealed record EpubSourceSpineItem(string ItemId, bool Linear);
