using Audiobook.Core.Books;
using Audiobook.Core.Text;
using Audiobook.Ingest.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Audiobook.Ingest.Markdown;

/// <summary>
/// Turns one Markdown block into text blocks: paragraphs (list items, quotes and table rows too), sub-headings and scene
/// breaks (thematic breaks). Code blocks, front matter and raw HTML are not read.
/// </summary>
internal static class MarkdownBlockText
{
    public static void Append(Block block, List<TextBlock> blocks, IngestOptions options)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or CodeBlock or HtmlBlock or LinkReferenceDefinition:
                break;
            case ThematicBreakBlock:
                blocks.Add(new TextBlock(BlockKind.SceneBreak, string.Empty));
                break;
            case HeadingBlock heading:
                AddText(blocks, BlockKind.Heading, MarkdownInlineText.Of(heading), options);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>()
                        .Select(cell => string.Join(" ", cell.OfType<LeafBlock>().Select(MarkdownInlineText.Of)).Trim())
                        .Where(text => text.Length > 0);
                    AddText(blocks, BlockKind.Paragraph, string.Join(", ", cells), options);
                }

                break;
            case LeafBlock leaf:
                AddText(blocks, BlockKind.Paragraph, MarkdownInlineText.Of(leaf), options);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, blocks, options);
                }

                break;
            default:
                break;
        }
    }

    private static void AddText(List<TextBlock> blocks, BlockKind kind, string text, IngestOptions options)
    {
        foreach (var piece in ParagraphLimiter.Split(TextNormalizer.Normalize(text), options.MaxParagraphChars))
        {
            if (piece.Length > 0)
            {
                blocks.Add(new TextBlock(kind, piece));
            }
        }
    }
}
