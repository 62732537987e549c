using System.Xml.Linq;

namespace Audiobook.Ingest.Epub;

/// <summary>The parts of the OPF package document the reader uses.</summary>
/// <param name="Path">Entry name of the OPF; manifest hrefs are relative to its folder.</param>
/// <param name="Root">The &lt;package&gt; element, for the metadata reader.</param>
/// <param name="Manifest">Manifest items in document order.</param>
/// <param name="Spine">The reading order; itemrefs whose idref is unknown are already refused or dropped.</param>
/// <param name="TocId">The EPUB 2 <c>spine@toc</c> manifest id of the NCX, when given.</param>
/// <param name="Guide">EPUB 2 guide references.</param>
internal sealed record EpubPackage(
    string Path,
    XElement Root,
    IReadOnlyList<EpubManifestItem> Manifest,
    IReadOnlyList<EpubSpineItem> Spine,
    string? TocId,
    IReadOnlyList<EpubLandmark> Guide)
{
    private readonly Dictionary<string, EpubManifestItem> byId = Manifest.ToDictionary(i => i.Id, StringComparer.Ordinal);

    public EpubManifestItem? FindById(string? id) => id is null ? null : byId.GetValueOrDefault(id);
}
