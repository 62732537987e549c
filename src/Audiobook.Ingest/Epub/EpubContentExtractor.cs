using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Audiobook.Core.Books;
using Audiobook.Core.Text;
using Audiobook.Ingest.Text;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Walks an XHTML DOM in document order and produces narration blocks: h1–h6 are headings; p, div, li, dt/dd,
/// blockquote, figcaption, pre and other block elements are paragraphs; a table row is one paragraph of its cells
/// joined by "; "; hr and epub:type="transition" (and paragraphs of only "* * *"-like ornaments) are scene breaks.
/// <see cref="EpubElementRules.IsSkipped"/> decides what is never read. Language comes from xml:lang / lang,
/// inherited, and is kept on a block only when it differs from the book's. The ids TOC entries point at are
/// reported as anchors where they occur, splitting a paragraph if an anchor sits inside one. Note bodies are skipped,
/// except in a document whose leading section is itself the notes (<c>epub:type="endnotes"</c>): that is the book's
/// Notes chapter, back matter kept only on request. Given the document's path, each block also records where its
/// text stands in the document (<see cref="TextSource"/>: offsets in <see cref="EpubTextStream"/>), carried through
/// every clean-up step by <see cref="MappedText"/>, so a read-along edition can mark the spoken text in place.
/// </summary>
internal sealed class EpubContentExtractor
{
    public static readonly IReadOnlySet<string> NoAnchors = new HashSet<string>(StringComparer.Ordinal);

    private const int MaxTreeDepth = 1_000;
    private const int MinParagraphChars = 16;

    private readonly IReadOnlySet<string> anchors;
    private readonly string? bookLanguage;
    private readonly int maxParagraphChars;
    private readonly List<EpubContentItem> items = [];
    private readonly Dictionary<string, IReadOnlyList<string>> anchorSemantics = new(StringComparer.Ordinal);
    private readonly List<string> pendingAnchors = [];
    private readonly HashSet<string> splittingAnchors = new(StringComparer.Ordinal);
    private readonly MappedText text = new();
    private readonly string? documentPath;
    private readonly Dictionary<IText, int>? textOffsets;
    private BlockKind kind = BlockKind.Paragraph;
    private int headingLevel;
    private string? blockLanguage;
    private string? firstHeading;
    private bool narrateNotes;

    private EpubContentExtractor(IReadOnlySet<string> anchors, string? bookLanguage, int maxParagraphChars, string? documentPath, Dictionary<IText, int>? textOffsets)
    {
        this.anchors = anchors;
        this.documentPath = documentPath;
        this.textOffsets = textOffsets;
        this.bookLanguage = bookLanguage;
        this.maxParagraphChars = maxParagraphChars > 0 ? Math.Max(maxParagraphChars, MinParagraphChars) : int.MaxValue;
    }

    /// <summary>Reads the blocks of <paramref name="document"/>; given <paramref name="documentPath"/> (its archive
    /// path), each block carries its <see cref="TextBlock.Source"/>.</summary>
    public static EpubDocumentContent Extract(IHtmlDocument document, IReadOnlySet<string> anchors, string? bookLanguage, int maxParagraphChars, string? documentPath = null)
    {
        var offsets = documentPath is null ? null : EpubTextStream.Offsets(document);
        var extractor = new EpubContentExtractor(anchors, bookLanguage, maxParagraphChars, documentPath, offsets);
        var root = document.DocumentElement;
        var body = document.Body;
        var language = EpubLanguage.Of(body) ?? EpubLanguage.Of(root);
        var leading = EpubElementRules.LeadingElements(body).ToList();
        extractor.blockLanguage = language;
        extractor.narrateNotes = leading.Take(2).Any(EpubElementRules.IsNotesCollection);
        extractor.RecordAnchor(root);
        if (body is not null)
        {
            extractor.RecordAnchor(body);
            extractor.WalkChildren(body, language, 1);
        }

        extractor.Flush();
        var title = EpubText.Clean(document.Title);
        return new EpubDocumentContent(
            extractor.items,
            extractor.firstHeading,
            title.Length == 0 ? null : title,
            (root is null ? [] : EpubElementRules.Semantics(root)).Concat(leading.SelectMany(EpubElementRules.Semantics)).ToList(),
            extractor.anchorSemantics,
            extractor.splittingAnchors);
    }

    // ChildNodes by index: AngleSharp's NextSibling searches the parent's list, which is quadratic on wide documents.
    private void WalkChildren(INode parent, string? language, int depth)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText textNode)
            {
                AppendText(textNode);
            }
            else if (child is IElement element)
            {
                Visit(element, language, depth + 1);
            }
        }
    }

    private void Visit(IElement element, string? inheritedLanguage, int depth)
    {
        if (depth > MaxTreeDepth)
        {
            throw new EpubFormatException($"markup nests more than {MaxTreeDepth} levels deep");
        }

        var name = element.LocalName;
        var language = EpubLanguage.Of(element) ?? inheritedLanguage;
        var isBlock = EpubElementRules.IsBlock(name);
        if (EpubElementRules.IsSceneBreak(element))
        {
            Flush();
            RecordAnchorsWithin(element);
            Flush();
            AddSceneBreak();
            return;
        }

        if (EpubElementRules.IsSkipped(element, narrateNotes))
        {
            if (isBlock)
            {
                Flush();
            }

            RecordAnchorsWithin(element);
            return;
        }

        switch (name)
        {
            case "br":
                text.AppendInserted(" ");
                return;
            case "img":
                RecordAnchor(element);
                AppendDropCap(element.GetAttribute("alt"));
                return;
            case "math":
                RecordAnchorsWithin(element);
                text.AppendInserted(" " + element.GetAttribute("alttext") + " ");
                return;
            case "tr":
                Flush();
                TableRow(element, language);
                return;
        }

        var level = EpubElementRules.HeadingLevel(name);
        if (level == 0 && !isBlock)
        {
            RecordAnchor(element);
            WalkChildren(element, language, depth);
            return;
        }

        Flush();
        RecordAnchor(element);
        var (savedKind, savedLevel, savedLanguage) = (kind, headingLevel, blockLanguage);
        if (level > 0)
        {
            (kind, headingLevel) = (BlockKind.Heading, level);
        }

        blockLanguage = language;
        WalkChildren(element, language, depth);
        Flush();
        (kind, headingLevel, blockLanguage) = (savedKind, savedLevel, savedLanguage);
    }

    private void TableRow(IElement row, string? language)
    {
        RecordAnchorsWithin(row);
        var cells = row.Children
            .Where(c => c.LocalName is "td" or "th" && !EpubElementRules.IsSkipped(c, narrateNotes))
            .Select(c => EpubHtml.InlineText(c, textOffsets))
            .Where(t => t.Length > 0);
        var savedLanguage = blockLanguage;
        blockLanguage = language;
        foreach (var cell in cells)
        {
            if (text.Length > 0)
            {
                text.AppendInserted("; ");
            }

            text.Append(cell);
        }

        Flush();
        blockLanguage = savedLanguage;
    }

    private void AppendText(IText node)
    {
        if (text.Length == 0 && string.IsNullOrWhiteSpace(node.Data))
        {
            return;
        }

        text.Append(node.Data, EpubHtml.OffsetOf(node, textOffsets));
    }

    // A one-letter image alt is a drop cap ("T" + "he night..."); other images are not narrated.
    private void AppendDropCap(string? alt)
    {
        if (alt is { Length: 1 } && char.IsLetter(alt[0]))
        {
            text.AppendInserted(alt);
        }
    }

    private void RecordAnchorsWithin(IElement element)
    {
        if (anchors.Count == 0)
        {
            return;
        }

        RecordAnchor(element);
        foreach (var descendant in element.QuerySelectorAll("[id], a[name]"))
        {
            RecordAnchor(descendant);
        }
    }

    private void RecordAnchor(IElement? element)
    {
        if (element is null || anchors.Count == 0)
        {
            return;
        }

        var id = element.Id;
        if (id is not null && anchors.Contains(id))
        {
            Mark(id, element);
        }

        var name = element.LocalName == "a" ? element.GetAttribute("name") : null;
        if (name is not null && name != id && anchors.Contains(name))
        {
            Mark(name, element);
        }
    }

    private void Mark(string anchor, IElement element)
    {
        var semantics = EpubElementRules.Semantics(element)
            .Concat(element.ParentElement is { } parent ? EpubElementRules.Semantics(parent) : [])
            .ToList();
        if (!anchorSemantics.TryAdd(anchor, semantics))
        {
            return;
        }

        // The anchor splits the block: the text before it belongs to the previous chapter.
        if (text.Length > 0)
        {
            splittingAnchors.Add(anchor);
            Flush();
        }

        pendingAnchors.Add(anchor);
    }

    private void Flush()
    {
        foreach (var anchor in pendingAnchors)
        {
            items.Add(new EpubContentItem(null, anchor));
        }

        pendingAnchors.Clear();
        if (text.Length == 0)
        {
            return;
        }

        // Drops the "[]" and "()" that "the list[<a href="#note7">7</a>]" leaves once the note reference is skipped.
        var mapped = text.RemoveAll("[]").RemoveAll("()").Normalize();
        text.Clear();
        var clean = mapped.ToString();
        if (clean.Length == 0)
        {
            return;
        }

        if (kind == BlockKind.Heading && !EpubElementRules.IsOrnament(clean))
        {
            if (headingLevel <= 3)
            {
                firstHeading ??= clean;
            }

            AddBlocks(BlockKind.Heading, mapped);
        }
        else if (EpubElementRules.IsOrnament(clean))
        {
            AddSceneBreak();
        }
        else
        {
            AddBlocks(BlockKind.Paragraph, mapped);
        }
    }

    private void AddBlocks(BlockKind blockKind, MappedText clean)
    {
        var language = EpubLanguage.RelativeTo(blockLanguage, bookLanguage);
        var whole = clean.ToString();
        foreach (var span in ParagraphLimiter.SplitRanges(whole, maxParagraphChars))
        {
            var block = new TextBlock(blockKind, whole.Substring(span.Start, span.Length), language)
            {
                Source = documentPath is null ? null : new TextSource(documentPath, clean.Slice(span).ToSourceMap()),
            };
            items.Add(new EpubContentItem(block, null));
        }
    }

    private void AddSceneBreak() => items.Add(new EpubContentItem(new TextBlock(BlockKind.SceneBreak, string.Empty), null));
}
