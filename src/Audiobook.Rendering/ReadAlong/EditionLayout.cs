using System.Globalization;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>Where the read-along EPUB keeps what it adds: the package document, the stylesheet, the chapters' audio,
/// the Media Overlays and (when the source has none) the navigation document.</summary>
/// <param name="PackagePath">The package document (the source's own place for an EPUB source).</param>
/// <param name="Folder">The folder of the added files, ending in <c>/</c>.</param>
internal sealed record EditionLayout(string PackagePath, string Folder)
{
    public string Stylesheet => Folder + "readalong.css";

    public string Nav => Folder + "nav.xhtml";

    public string Audio(int chapter) => string.Create(CultureInfo.InvariantCulture, $"{Folder}audio/chapter-{chapter:000}.m4a");

    public string Overlay(string name) => $"{Folder}overlays/{name}.smil";

    public string Text(int chapter) => string.Create(CultureInfo.InvariantCulture, $"{Folder}text/chapter-{chapter:000}.xhtml");
}
