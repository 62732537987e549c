using System.Text;
using Audiobook.Ingest.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Audiobook.Ingest.Markdown;

/// <summary>
/// The spoken text of a block's inlines (engineering notes §4): literals and code spans as written, emphasis and link
/// labels through their children, an image's alt text, an autolink's address; raw HTML is dropped.
/// </summary>
internal static class MarkdownInlineText
{
    public static string Of(LeafBlock block)
    {
        if (block.Inline is null)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        Append(block.Inline, line, lines);
        lines.Add(line.ToString());
        return LineJoiner.Join(lines);
    }

    private static void Append(Inline inline, StringBuilder line, List<string> lines)
    {
        switch (inline)
        {
            case LiteralInline literal:
                line.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                line.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                line.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                lines.Add(line.ToString());
                line.Clear();
                break;
            case AutolinkInline autolink:
                line.Append(autolink.Url);
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                // Emphasis, links (label only) and images (alt text only) speak their children.
                foreach (var child in container)
                {
                    Append(child, line, lines);
                }

                break;
            default:
                break;
        }
    }
}
