using System.Text;
using System.Xml;
using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>The XML plumbing every document of the edition shares: one set of <see cref="XmlWriter"/> settings
/// (UTF-8 without BOM), the namespaces, and the start of an XHTML document (doctype, root with its language, head
/// with title and the edition's stylesheet).</summary>
internal static class EditionXml
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Ops = "http://www.idpf.org/2007/ops";
    private const string Xmlns = "http://www.w3.org/2000/xmlns/";
    private const string Xml = "http://www.w3.org/XML/1998/namespace";

    public static byte[] Write(Action<XmlWriter> write, bool indent = true)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = indent,
            NewLineChars = "\n",
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the doctype, <c>html</c> (left open) and a complete <c>head</c>.</summary>
    public static void StartXhtml(XmlWriter writer, string path, string title, string? language, string stylesheetPath)
    {
        writer.WriteDocType("html", null, null, null);
        writer.WriteStartElement("html", Xhtml);
        writer.WriteAttributeString("xmlns", "epub", Xmlns, Ops);
        Language(writer, language);
        writer.WriteStartElement("head", Xhtml);
        writer.WriteStartElement("meta", Xhtml);
        writer.WriteAttributeString("charset", "utf-8");
        writer.WriteEndElement();
        writer.WriteElementString("title", Xhtml, title);
        EpubLinks.WriteStylesheet(writer, path, stylesheetPath);
        writer.WriteEndElement();
    }

    /// <summary>Writes <c>lang</c> and <c>xml:lang</c> (XHTML wants both to agree) when the language is known.</summary>
    public static void Language(XmlWriter writer, string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return;
        }

        writer.WriteAttributeString("lang", language);
        writer.WriteAttributeString("xml", "lang", Xml, language);
    }
}
