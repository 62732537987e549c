namespace Audiobook.Ingest.Epub;

/// <summary>A content document in reading order: its entry name and whether the spine marks it linear.</summary>
internal sealed record EpubSpineDocument(string Path, bool Linear);
