using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Parses XHTML content documents with AngleSharp's HTML parser: it accepts EPUB 2 DOCTYPEs and <c>&amp;nbsp;</c>,
/// never resolves a DTD or fetches anything (no browsing context), and tolerates broken markup.
/// </summary>
internal static class EpubHtml
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
    };

    public static IHtmlDocument Parse(byte[] data, string path) =>
        new HtmlParser(Options).ParseDocument(XhtmlMarkupRewriter.Rewrite(EpubTextDecoder.Decode(data), path));

    /// <summary>Plain text of an HTML fragment (an OPF description): blocks joined by spaces, cleaned.</summary>
    public static string PlainText(string html)
    {
        var document = new HtmlParser(Options).ParseDocument(XhtmlMarkupRewriter.Rewrite(html, "dc:description"));
        var content = EpubContentExtractor.Extract(document, EpubContentExtractor.NoAnchors, null, int.MaxValue);
        return EpubText.Clean(string.Join(' ', content.Items.Where(i => i.Block is not null).Select(i => i.Block!.Text)));
    }

    /// <summary>The narrated text of an element read as one line (a TOC label, a table cell): skipped elements left out.</summary>
    public static string InlineText(IElement element)
    {
        var text = new StringBuilder();
        AppendInline(element, text, 0);
        return EpubText.Clean(text.ToString());
    }

    private static void AppendInline(INode node, StringBuilder text, int depth)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && depth < XhtmlMarkupRewriter.MaxDepth && !EpubElementRules.IsSkipped(e))
            {
                if (e.LocalName == "img")
                {
                    text.Append(e.GetAttribute("alt"));
                    continue;
                }

                var separate = EpubElementRules.IsBlock(e.LocalName) || e.LocalName == "br";
                if (separate)
                {
                    text.Append(' ');
                }

                AppendInline(e, text, depth + 1);
                if (separate)
                {
                    text.Append(' ');
                }
            }
        }
    }
}
