using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>The text side of an edition: its files (content documents with the spoken text marked, images, styles),
/// reading order, table of contents, and where each spoken segment's text now stands.</summary>
/// <param name="Files">The files, content documents among them.</param>
/// <param name="Spine">The reading order (manifest ids).</param>
/// <param name="Targets">Per (chapter number, segment position), the element holding the segment's text.</param>
/// <param name="Toc">Entries for a generated navigation document.</param>
/// <param name="HasNav">True when a file already is the navigation document (an EPUB 3 source's own).</param>
/// <param name="Landmarks">The source's landmarks, for a generated navigation document.</param>
/// <param name="PageList">The source's page list in reading order, for a generated navigation document.</param>
internal sealed record EditionContent(
    IReadOnlyList<EditionFile> Files,
    IReadOnlyList<EpubSourceSpineItem> Spine,
    IReadOnlyDictionary<(int Chapter, int Position), SegmentTarget> Targets,
    IReadOnlyList<EpubSourceTocEntry> Toc,
    bool HasNav,
    IReadOnlyList<EpubSourceLandmark>? Landmarks = null,
    IReadOnlyList<EpubSourceTocEntry>? PageList = null);
