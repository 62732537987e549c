using System.Xml;
using System.Xml.Linq;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Loads container.xml, the OPF, the NCX and encryption.xml safely: the DOCTYPE is ignored (EPUB 2 files have one),
/// nothing is resolved or fetched, and entities are never expanded, so billion-laughs and external-entity
/// attacks end as an "undeclared entity" error instead of a hang or a read of /etc/passwd.
/// </summary>
internal static class EpubXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>Deepest element nesting accepted; LINQ to XML's <c>Value</c> recurses, so a deeper file could overflow the stack.</summary>
    public const int MaxDepth = 256;

    public static XDocument Load(byte[] data, string partName)
    {
        try
        {
            // A streaming pass first: it checks well-formedness and depth without building anything.
            using (var check = XmlReader.Create(new MemoryStream(data, writable: false), Settings))
            {
                while (check.Read())
                {
                    if (check.Depth > MaxDepth)
                    {
                        throw new EpubFormatException($"{partName} nests elements more than {MaxDepth} levels deep");
                    }
                }
            }

            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new EpubFormatException($"{partName} is not well-formed XML ({EpubText.FirstLine(ex.Message)})", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new EpubFormatException($"{partName} cannot be decoded as XML ({EpubText.FirstLine(ex.Message)})", ex);
        }
    }

    /// <summary>The value of the first attribute with this local name, whatever its namespace prefix (<c>opf:role</c>, <c>role</c>).</summary>
    public static string? Attribute(XElement element, string localName)
    {
        var plain = element.Attribute(localName);
        if (plain is not null)
        {
            return plain.Value;
        }

        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.LocalName == localName)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>Direct children with this local name, whatever their namespace.</summary>
    public static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();
}
