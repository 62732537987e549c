using System.Text;
using System.Xml;
using AngleSharp.Dom;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Writes a parsed content document as EPUB 3 XHTML with <see cref="XmlWriter"/>: the HTML5 doctype, elements in
/// their namespaces (XHTML, SVG, MathML), prefixed attributes (<c>epub:type</c>, <c>xml:lang</c>, <c>xlink:href</c>)
/// in theirs, legacy XHTML 1.1 markup replaced (<see cref="XhtmlLegacyMarkup"/>), links to renamed entries
/// rewritten, a title when the document has none, and the edition's stylesheet linked last in the head. It also
/// notes what the manifest must declare about the content (svg, mathml, scripted, remote-resources).
/// </summary>
internal sealed class XhtmlWriter(string outputPath, Func<string, EpubHref?> resolve, Func<string, string?> outputPathOf, string stylesheetPath, string title)
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string EpubNamespace = "http://www.idpf.org/2007/ops";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string MathNamespace = "http://www.w3.org/1998/Math/MathML";

    private static readonly HashSet<string> LinkAttributes = new(StringComparer.Ordinal) { "href", "src", "poster", "data" };
    private static readonly HashSet<string> ResourceElements = new(StringComparer.Ordinal) { "img", "audio", "video", "source", "track", "embed", "iframe", "object", "link", "image", "script" };

    private readonly SortedSet<string> properties = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly Stack<Dictionary<string, string>> prefixes = new();

    /// <summary>The manifest properties the written content needs.</summary>
    public IReadOnlyList<string> Properties => [.. properties];

    public byte[] Write(IDocument document)
    {
        var root = document.DocumentElement;
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            usedIds.Add(element.Id!);
        }

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            NewLineHandling = NewLineHandling.None,
            Indent = false,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteDocType("html", null, null, null);
            writer.WriteStartElement("html", XhtmlNamespace);
            writer.WriteAttributeString("xmlns", "epub", XmlnsNamespace, EpubNamespace);
            prefixes.Push(new Dictionary<string, string>(StringComparer.Ordinal) { ["epub"] = EpubNamespace });
            WriteAttributes(writer, root);
            var head = root.Children.FirstOrDefault(e => e.LocalName == "head");
            WriteHead(writer, head);
            foreach (var child in root.ChildNodes.Where(c => c != head))
            {
                WriteNode(writer, child, 1);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private void WriteHead(XmlWriter writer, IElement? head)
    {
        writer.WriteStartElement("head", XhtmlNamespace);
        var titled = head?.Children.Any(e => e.LocalName == "title" && e.TextContent.Trim().Length > 0) == true;
        if (!titled)
        {
            writer.WriteElementString("title", XhtmlNamespace, XmlCharacters.Clean(title));
        }

        foreach (var child in head?.ChildNodes ?? Enumerable.Empty<INode>())
        {
            if (child is IElement { LocalName: "title" } empty && empty.TextContent.Trim().Length == 0)
            {
                continue;
            }

            WriteNode(writer, child, 2);
        }

        EpubLinks.WriteStylesheet(writer, outputPath, stylesheetPath);
        writer.WriteFullEndElement();
    }

    private void WriteNode(XmlWriter writer, INode node, int depth)
    {
        switch (node)
        {
            case IText text:
                writer.WriteString(XmlCharacters.Clean(text.Data));
                break;
            case IElement element when depth < XhtmlMarkupRewriter.MaxDepth:
                WriteElement(writer, element, depth);
                break;
        }
    }

    private void WriteElement(XmlWriter writer, IElement element, int depth)
    {
        var ns = element.NamespaceUri ?? XhtmlNamespace;
        var isHtml = ns == XhtmlNamespace;
        var name = isHtml ? XhtmlLegacyMarkup.ElementName(element.LocalName) : element.LocalName;
        if (isHtml && element.LocalName == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("content-type", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!XmlCharacters.IsName(name))
        {
            WriteChildren(writer, element, depth);
            return;
        }

        // A picture, script or stylesheet the source names but does not hold would be a broken reference (EPUBCheck
        // RSC-007); the element is left out rather than published pointing at nothing.
        if (ResourceElements.Contains(element.LocalName) && element.Attributes.Any(a => LinkAttributes.Contains(a.LocalName) && IsMissing(a.Value)))
        {
            return;
        }

        Note(element, ns);
        writer.WriteStartElement(name, ns);
        prefixes.Push(prefixes.Peek());
        WriteAttributes(writer, element);
        WriteChildren(writer, element, depth);
        prefixes.Pop();
        if (isHtml && element.ChildNodes.Length == 0 && IsVoid(element.LocalName))
        {
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteFullEndElement();
        }
    }

    private void WriteChildren(XmlWriter writer, IElement element, int depth)
    {
        var children = element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            WriteNode(writer, children[i], depth + 1);
        }
    }

    private void WriteAttributes(XmlWriter writer, IElement element)
    {
        var isHtml = (element.NamespaceUri ?? XhtmlNamespace) == XhtmlNamespace;
        var local = element.LocalName;
        var declared = new Dictionary<string, string>(prefixes.Peek(), StringComparer.Ordinal);
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.StartsWith("xmlns:", StringComparison.Ordinal) && attribute.NamespaceUri is null or XmlnsNamespace
                && attribute.Name[6..] is var prefix && prefix is not ("epub" or "xml") && XmlCharacters.IsName(prefix) && !declared.ContainsKey(prefix))
            {
                declared[prefix] = attribute.Value;
                writer.WriteAttributeString("xmlns", prefix, XmlnsNamespace, attribute.Value);
            }
        }

        prefixes.Pop();
        prefixes.Push(declared);
        foreach (var attribute in element.Attributes)
        {
            var value = XmlCharacters.Clean(attribute.Value);
            if (attribute.NamespaceUri is { Length: > 0 } attributeNamespace)
            {
                if (attributeNamespace != XmlnsNamespace && XmlCharacters.IsName(attribute.LocalName))
                {
                    writer.WriteAttributeString(attribute.Prefix, attribute.LocalName, attributeNamespace, Link(element, attribute.LocalName, value));
                }

                continue;
            }

            var name = attribute.Name;
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                continue;
            }

            if (colon > 0)
            {
                var (prefix, localName) = (name[..colon], name[(colon + 1)..]);
                var prefixNamespace = prefix == "xml" ? XmlNamespace : declared.GetValueOrDefault(prefix);
                if (prefixNamespace is not null && XmlCharacters.IsName(localName))
                {
                    writer.WriteAttributeString(prefix, localName, prefixNamespace, value);
                }

                continue;
            }

            if (isHtml && local == "a" && name == "name" && element.Id is null && XmlCharacters.IsName(value) && usedIds.Add(value))
            {
                writer.WriteAttributeString("id", value);
                continue;
            }

            if (!XmlCharacters.IsName(name) || (isHtml && XhtmlLegacyMarkup.IsDropped(local, name, value)) || (LinkAttributes.Contains(name) && IsMissing(value)))
            {
                continue;
            }

            writer.WriteAttributeString(name, Link(element, name, value));
        }
    }

    // A link to an entry that the edition renamed is rewritten; every other value is kept as the book wrote it.
    private string Link(IElement element, string attribute, string value)
    {
        if (!LinkAttributes.Contains(attribute) || value.StartsWith('#'))
        {
            return value;
        }

        if (IsRemote(value))
        {
            if (ResourceElements.Contains(element.LocalName) && (element.LocalName != "link" || IsStylesheet(element)))
            {
                properties.Add("remote-resources");
            }

            return value;
        }

        if (resolve(value) is not { } target || outputPathOf(target.Path) is not { } renamed || (renamed == target.Path && !value.Contains(' ', StringComparison.Ordinal)))
        {
            return value;
        }

        return EpubLinks.Relative(outputPath, renamed, target.Fragment);
    }

    // A link into the book to an entry the edition does not hold (the source lacked it).
    private bool IsMissing(string value) =>
        !value.StartsWith('#') && !IsRemote(value) && resolve(value) is { } target && outputPathOf(target.Path) is null;

    private void Note(IElement element, string ns)
    {
        if (ns == SvgNamespace)
        {
            properties.Add("svg");
        }
        else if (ns == MathNamespace)
        {
            properties.Add("mathml");
        }
        else if (element.LocalName == "script" || element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)))
        {
            properties.Add("scripted");
        }
    }

    private static bool IsStylesheet(IElement link) =>
        EpubText.Tokens(link.GetAttribute("rel")).Contains("stylesheet");

    private static bool IsRemote(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("//", StringComparison.Ordinal);

    private static bool IsVoid(string name) =>
        name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";
}
