using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>Writes an EPUB 3 navigation document: <c>nav epub:type="toc"</c> with nested <c>ol</c>s; an entry without a
/// link becomes a <c>span</c> heading over its entries, and one with neither link nor entries is left out.</summary>
internal static class NavDocumentWriter
{
    public static byte[] Write(string navPath, string title, string? language, IReadOnlyList<EpubSourceTocEntry> entries, string stylesheetPath) =>
        EditionXml.Write(writer =>
        {
            EditionXml.StartXhtml(writer, navPath, title, language, stylesheetPath);
            writer.WriteStartElement("body", EditionXml.Xhtml);
            writer.WriteStartElement("nav", EditionXml.Xhtml);
            writer.WriteAttributeString("epub", "type", EditionXml.Ops, "toc");
            writer.WriteAttributeString("id", "toc");
            writer.WriteElementString("h1", EditionXml.Xhtml, title);
            WriteList(writer, navPath, entries.Where(IsUsable).ToList());
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        });

    /// <summary>True when the entry can appear: a link with a label, or a heading with usable entries.</summary>
    public static bool IsUsable(EpubSourceTocEntry entry) =>
        entry.Title.Trim().Length > 0 && (entry.OutputPath is not null || entry.Children.Any(IsUsable));

    private static void WriteList(System.Xml.XmlWriter writer, string navPath, List<EpubSourceTocEntry> entries)
    {
        writer.WriteStartElement("ol", EditionXml.Xhtml);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("li", EditionXml.Xhtml);
            if (entry.OutputPath is { } path)
            {
                writer.WriteStartElement("a", EditionXml.Xhtml);
                writer.WriteAttributeString("href", EpubLinks.Relative(navPath, path, entry.Fragment));
                writer.WriteString(entry.Title.Trim());
                writer.WriteEndElement();
            }
            else
            {
                writer.WriteElementString("span", EditionXml.Xhtml, entry.Title.Trim());
            }

            var children = entry.Children.Where(IsUsable).ToList();
            if (children.Count > 0)
            {
                WriteList(writer, navPath, children);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
