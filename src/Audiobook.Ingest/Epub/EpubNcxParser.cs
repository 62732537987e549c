using System.Xml.Linq;

namespace Audiobook.Ingest.Epub;

/// <summary>Reads the EPUB 2 NCX: nested <c>navMap/navPoint</c> with <c>navLabel/text</c> and <c>content@src</c> (relative to the NCX),
/// and the <c>pageList/pageTarget</c> entries the same way.</summary>
internal static class EpubNcxParser
{
    private const int MaxNesting = 32;

    public static IReadOnlyList<EpubTocEntry> Parse(XDocument document, string ncxPath)
    {
        var navMap = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "navMap");
        return navMap is null ? [] : ReadPoints(navMap, ncxPath, 0);
    }

    /// <summary>The NCX's page list: one entry per <c>pageTarget</c> with a label and a target, in document order.</summary>
    public static IReadOnlyList<EpubTocEntry> ParsePages(XDocument document, string ncxPath)
    {
        var pageList = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "pageList");
        var pages = new List<EpubTocEntry>();
        foreach (var target in EpubXml.Children(pageList, "pageTarget"))
        {
            var label = EpubText.Clean(EpubXml.Child(EpubXml.Child(target, "navLabel"), "text")?.Value);
            var content = EpubXml.Child(target, "content");
            var href = content is null ? null : EpubPath.Resolve(ncxPath, EpubXml.Attribute(content, "src"));
            if (label.Length > 0 && href is not null)
            {
                pages.Add(new EpubTocEntry(label, href, []));
            }
        }

        return pages;
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
