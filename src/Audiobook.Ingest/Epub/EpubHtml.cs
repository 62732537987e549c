using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Audiobook.Core.Text;

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
    public static string InlineText(IElement element) => InlineText(element, null).ToString();

    /// <summary>The narrated text of an element read as one line, each character mapped to its place in the document's
    /// text stream (<paramref name="offsets"/>, from <see cref="EpubTextStream"/>; null: no source).</summary>
    public static MappedText InlineText(IElement element, Dictionary<IText, int>? offsets)
    {
        var text = new MappedText();
        AppendInline(element, text, offsets, 0);
        return text.Normalize();
    }

    /// <summary>Where a text node's data starts in its document's text stream, or -1 when offsets are not tracked.</summary>
    public static int OffsetOf(IText node, Dictionary<IText, int>? offsets) =>
        offsets is not null && offsets.TryGetValue(node, out var offset) ? offset : -1;

    private static void AppendInline(INode node, MappedText text, Dictionary<IText, int>? offsets, int depth)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t)
            {
                text.Append(t.Data, OffsetOf(t, offsets));
            }
            else if (child is IElement e && depth < XhtmlMarkupRewriter.MaxDepth && !EpubElementRules.IsSkipped(e))
            {
                if (e.LocalName == "img")
                {
                    text.AppendInserted(e.GetAttribute("alt"));
                    continue;
                }

                var separate = EpubElementRules.IsBlock(e.LocalName) || e.LocalName == "br";
                if (separate)
                {
                    text.AppendInserted(" ");
                }

                AppendInline(e, text, offsets, depth + 1);
                if (separate)
                {
                    text.AppendInserted(" ");
                }
            }
        }
    }
}
