namespace Audiobook.Ingest.Epub;

/// <summary>One spine itemref: the manifest item it names and whether it is in the linear reading order.</summary>
internal sealed record EpubSpineItem(EpubManifestItem Item, bool Linear);
