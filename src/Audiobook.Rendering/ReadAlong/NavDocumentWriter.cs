using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>Writes an EPUB 3 navigation document: <c>nav epub:type="toc"</c> with nested <c>ol</c>s (an entry without a
/// link becomes a <c>span</c> heading over its entries, and one with neither link nor entries is left out), then the
/// source's landmarks (<c>nav epub:type="landmarks"</c>, EPUB 2 guide types mapped to EPUB 3's) and page list
/// (<c>nav epub:type="page-list"</c>), both hidden as reading systems expect, when the source had them.</summary>
internal static class NavDocumentWriter
{
    /// <summary>EPUB 2 guide types and the EPUB 3 structural semantics they become; a type already EPUB 3's maps to itself,
    /// and one in neither vocabulary is left out (EPUBCheck warns on unknown types).</summary>
    private static readonly Dictionary<string, string> LandmarkTypes = new(StringComparer.Ordinal)
    {
        ["cover"] = "cover", ["title-page"] = "titlepage", ["titlepage"] = "titlepage", ["toc"] = "toc", ["text"] = "bodymatter",
        ["bodymatter"] = "bodymatter", ["frontmatter"] = "frontmatter", ["backmatter"] = "backmatter", ["index"] = "index",
        ["glossary"] = "glossary", ["acknowledgements"] = "acknowledgments", ["acknowledgments"] = "acknowledgments",
        ["bibliography"] = "bibliography", ["colophon"] = "colophon", ["copyright-page"] = "copyright-page",
        ["dedication"] = "dedication", ["epigraph"] = "epigraph", ["foreword"] = "foreword", ["loi"] = "loi", ["lot"] = "lot",
        ["notes"] = "endnotes", ["endnotes"] = "endnotes", ["preface"] = "preface", ["introduction"] = "introduction",
        ["preamble"] = "preamble", ["prologue"] = "prologue", ["epilogue"] = "epilogue", ["afterword"] = "afterword",
        ["appendix"] = "appendix", ["conclusion"] = "conclusion",
    };

    public static byte[] Write(
        string navPath, string title, string? language, IReadOnlyList<EpubSourceTocEntry> entries, string stylesheetPath,
        IReadOnlyList<EpubSourceLandmark>? landmarks = null, IReadOnlyList<EpubSourceTocEntry>? pages = null) =>
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
            var marks = (landmarks ?? [])
                .Where(l => LandmarkTypes.ContainsKey(l.Type))
                .Select(l => (Type: LandmarkTypes[l.Type], l.Title, l.OutputPath, l.Fragment))
                .DistinctBy(l => l.Type)
                .ToList();
            if (marks.Count > 0)
            {
                StartHiddenNav(writer, "landmarks", "Landmarks");
                writer.WriteStartElement("ol", EditionXml.Xhtml);
                foreach (var mark in marks)
                {
                    writer.WriteStartElement("li", EditionXml.Xhtml);
                    writer.WriteStartElement("a", EditionXml.Xhtml);
                    writer.WriteAttributeString("epub", "type", EditionXml.Ops, mark.Type);
                    writer.WriteAttributeString("href", EpubLinks.Relative(navPath, mark.OutputPath, mark.Fragment));
                    writer.WriteString(mark.Title.Trim().Length > 0 ? mark.Title.Trim() : mark.Type);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            if (pages is { Count: > 0 })
            {
                StartHiddenNav(writer, "page-list", "Pages");
                WriteList(writer, navPath, pages.Where(IsUsable).ToList());
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });

    private static void StartHiddenNav(System.Xml.XmlWriter writer, string type, string heading)
    {
        writer.WriteStartElement("nav", EditionXml.Xhtml);
        writer.WriteAttributeString("epub", "type", EditionXml.Ops, type);
        writer.WriteAttributeString("id", type);
        writer.WriteAttributeString("hidden", "hidden");
        writer.WriteElementString("h2", EditionXml.Xhtml, heading);
    }

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
