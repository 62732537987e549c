using System.Xml.Linq;

namespace Audiobook.Ingest.Epub;

/// <summary>Reads the EPUB 2 NCX: nested <c>navMap/navPoint</c> with <c>navLabel/text</c> and <c>content@src</c> (relative to the NCX).</summary>
internal static class EpubNcxParser
{
    private const int MaxNesting = 32;

    public static IReadOnlyList<EpubTocEntry> Parse(XDocument document, string ncxPath)
    {
        var navMap = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "navMap");
        return navMap is null ? [] : ReadPoints(navMap, ncxPath, 0);
    }

    private static List<EpubTocEntry> ReadPoints(XElement parent, string ncxPath, int depth)
    {
        var entries = new List<EpubTocEntry>();
        foreach (var point in EpubXml.Children(parent, "navPoint"))
        {
            var label = EpubXml.Child(EpubXml.Child(point, "navLabel"), "text")?.Value;
            var content = EpubXml.Child(point, "content");
            var target = content is null ? null : EpubPath.Resolve(ncxPath, EpubXml.Attribute(content, "src"));
            var children = depth >= MaxNesting ? [] : ReadPoints(point, ncxPath, depth + 1);
            entries.Add(new EpubTocEntry(EpubText.Clean(label), target, children));
        }

        return entries;
    }
}
