using System.Globalization;
using System.Xml;
using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// Writes a chapter of a Markdown or plain-text book as clean XHTML: a <c>section</c> with the first heading as
/// <c>h1</c>, later ones as <c>h2</c>, paragraphs as <c>p</c> (with their own language when it differs), scene breaks as
/// <c>hr</c>, and each spoken segment's text (its <see cref="Segment.BlockSpan"/>) in a <c>span</c> with an id.
/// </summary>
internal static class ChapterDocumentWriter
{
    public static string IdOf(int chapter, int position) => string.Create(CultureInfo.InvariantCulture, $"c{chapter:000}-s{position + 1:0000}");

    public static byte[] Write(string path, int number, Chapter chapter, IReadOnlyList<Segment> segments, string? language, string stylesheetPath) =>
        EditionXml.Write(
            writer =>
            {
                EditionXml.StartXhtml(writer, path, chapter.Title, language, stylesheetPath);
                writer.WriteStartElement("body", EditionXml.Xhtml);
                writer.WriteStartElement("section", EditionXml.Xhtml);
                writer.WriteAttributeString("epub", "type", EditionXml.Ops, "chapter");
                writer.WriteAttributeString("class", "readalong-chapter");
                writer.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"chapter-{number:000}"));
                var byBlock = segments.Select((s, i) => (Segment: s, Position: i)).ToLookup(x => x.Segment.ParagraphIndex);
                var headings = 0;
                for (var b = 0; b < chapter.Blocks.Count; b++)
                {
                    var block = chapter.Blocks[b];
                    if (block.Kind == BlockKind.SceneBreak)
                    {
                        writer.WriteStartElement("hr", EditionXml.Xhtml);
                        writer.WriteAttributeString("class", "scene-break");
                        writer.WriteEndElement();
                        continue;
                    }

                    writer.WriteStartElement(block.Kind == BlockKind.Heading ? (headings++ == 0 ? "h1" : "h2") : "p", EditionXml.Xhtml);
                    EditionXml.Language(writer, block.Language);
                    WriteText(writer, block.Text, byBlock[b].Where(x => x.Segment.BlockSpan is not null).OrderBy(x => x.Segment.BlockSpan!.Value.Start), number);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndElement();
            },
            indent: false);

    private static void WriteText(XmlWriter writer, string text, IEnumerable<(Segment Segment, int Position)> spoken, int number)
    {
        var at = 0;
        foreach (var (segment, position) in spoken)
        {
            var span = segment.BlockSpan!.Value;
            if (span.Start < at)
            {
                continue;
            }

            writer.WriteString(text[at..span.Start]);
            writer.WriteStartElement("span", EditionXml.Xhtml);
            writer.WriteAttributeString("id", IdOf(number, position));
            writer.WriteString(text.Substring(span.Start, span.Length));
            writer.WriteEndElement();
            at = span.End;
        }

        writer.WriteString(text[at..]);
    }
}
