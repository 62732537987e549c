using AngleSharp.Dom;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Wraps stretches of a parsed content document's text stream (<see cref="EpubTextStream"/>) in <c>span</c>
/// elements with ids, in place. A stretch that starts or ends inside an inline element (<c>&lt;em&gt;End. Start&lt;/em&gt;</c>)
/// splits that element in two, the first part keeping its id, so the span nests properly. Where a span may not stand
/// (the stretch spans table cells or list items), the element holding the whole stretch takes the id instead.
/// Marks are applied last to first, so the offsets of the ones still to come stay valid.
/// </summary>
internal sealed class XhtmlTextMarker
{
    private static readonly HashSet<string> NoPhrasingContent = new(StringComparer.Ordinal)
    {
        "html", "head", "table", "thead", "tbody", "tfoot", "tr", "colgroup", "ul", "ol", "dl", "menu", "select",
        "optgroup", "datalist", "hgroup", "picture", "video", "audio", "object", "ruby", "svg", "math",
    };

    private readonly IDocument document;
    private readonly List<(IText Node, int Start)> nodes;
    private readonly HashSet<string> ids;

    public XhtmlTextMarker(IDocument document)
    {
        this.document = document;
        nodes = EpubTextStream.Nodes(document).Where(n => n.Node.Data.Length > 0).ToList();
        ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Marks each stretch; returns, per mark id, the id of the element that holds its text.</summary>
    public Dictionary<string, string> Mark(IReadOnlyList<EpubTextMark> marks)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = marks.OrderBy(m => m.Start).ToList();
        var limit = int.MaxValue;
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var mark = ordered[i];
            var end = Math.Min(mark.End, limit);
            if (end > mark.Start && Wrap(mark.Id, mark.Start, end) is { } target)
            {
                targets[mark.Id] = target;
                limit = mark.Start;
            }
        }

        return targets;
    }

    private string? Wrap(string wantedId, int start, int end)
    {
        var first = NodeAt(start);
        var last = NodeAt(end - 1);
        if (first < 0 || last < 0)
        {
            return null;
        }

        var (endNode, endStart) = nodes[last];
        if (end - endStart < endNode.Data.Length)
        {
            endNode.Split(end - endStart);
        }

        var (startNode, startStart) = nodes[first];
        var firstNode = start > startStart ? startNode.Split(start - startStart) : startNode;
        var lastNode = first == last ? firstNode : endNode;
        if (CommonAncestor(firstNode, lastNode) is not IElement holder)
        {
            return null;
        }

        if (NoPhrasingContent.Contains(holder.LocalName) || holder.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri)
        {
            return holder.Id ?? Claim(holder, wantedId);
        }

        INode from = firstNode;
        while (from.Parent != holder)
        {
            from = SplitBefore(from);
        }

        INode to = lastNode;
        while (to.Parent != holder)
        {
            to = SplitAfter(to);
        }

        var span = document.CreateElement("span");
        holder.InsertBefore(span, from);
        var moving = new List<INode>();
        for (var node = from; node is not null; node = node.NextSibling)
        {
            moving.Add(node);
            if (node == to)
            {
                break;
            }
        }

        foreach (var node in moving)
        {
            span.AppendChild(node);
        }

        return Claim(span, wantedId);
    }

    // The index of the text node that holds stream offset `at` (nodes are sorted by start; empty ones are left out).
    private int NodeAt(int at)
    {
        int low = 0, high = nodes.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (nodes[middle].Start <= at)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && at < nodes[found].Start + nodes[found].Node.Data.Length ? found : -1;
    }

    private static INode? CommonAncestor(INode a, INode b)
    {
        var ancestors = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        for (var node = a.Parent; node is not null; node = node.Parent)
        {
            ancestors.Add(node);
        }

        for (var node = b.Parent; node is not null; node = node.Parent)
        {
            if (ancestors.Contains(node))
            {
                return node;
            }
        }

        return null;
    }

    // Moves the siblings before `node` into a copy of its parent placed before it; the copy keeps the parent's id
    // (links to it still land where it starts). Returns the parent, which now starts with `node`.
    private static INode SplitBefore(INode node)
    {
        var parent = (IElement)node.Parent!;
        if (node.PreviousSibling is null)
        {
            return parent;
        }

        var before = (IElement)parent.Clone(deep: false);
        parent.Parent!.InsertBefore(before, parent);
        while (parent.FirstChild is { } child && child != node)
        {
            before.AppendChild(child);
        }

        parent.RemoveAttribute("id");
        parent.RemoveAttribute("name");
        return parent;
    }

    // Moves the siblings after `node` into a copy of its parent (without its id) placed after it; returns the parent.
    private static INode SplitAfter(INode node)
    {
        var parent = (IElement)node.Parent!;
        if (node.NextSibling is null)
        {
            return parent;
        }

        var after = (IElement)parent.Clone(deep: false);
        after.RemoveAttribute("id");
        after.RemoveAttribute("name");
        parent.Parent!.InsertBefore(after, parent.NextSibling);
        while (node.NextSibling is { } sibling)
        {
            after.AppendChild(sibling);
        }

        return parent;
    }

    private string Claim(IElement element, string wantedId)
    {
        var id = wantedId;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = $"{wantedId}-{n}";
        }

        element.Id = id;
        return id;
    }
}
