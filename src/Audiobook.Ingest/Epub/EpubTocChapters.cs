using Audiobook.Ingest.PlainText;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Chooses the depth of the nested TOC at which chapters begin (docs/epub.md, "Chapters"). A group heading (an unlinked
/// entry, or one pointing exactly where its first child points) is never a chapter: its entries are. A linked entry with
/// linked entries inside it is one chapter, its entries being sections, unless it is a container: its entries point into
/// other files, one of them is labelled as a chapter ("Chapter 3", "第三章") or is a group heading, or it would be too long
/// to listen to as one chapter: longer than <see cref="LongestChapter"/>, or longer than <see cref="SplitAbove"/> while
/// its entries would make chapters of <see cref="ShortestSplitPart"/> or more (median). A container's own text up to its
/// first entry is a chapter of its own (a part title page; dropped when empty), and each entry is handled the same way.
/// </summary>
internal static class EpubTocChapters
{
    /// <summary>The longest chapter kept whole when the TOC has finer linked entries inside it.</summary>
    public static readonly TimeSpan LongestChapter = TimeSpan.FromHours(2);

    /// <summary>Length above which an entry is split when its entries make chapters worth their own track.</summary>
    public static readonly TimeSpan SplitAbove = TimeSpan.FromHours(1);

    /// <summary>Median length of the entries that a split above <see cref="SplitAbove"/> asks for (tiny sections stay inside).</summary>
    public static readonly TimeSpan ShortestSplitPart = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Builds the TOC tree with each linked entry's start. <paramref name="resolve"/> gives the canonical spine target of a
    /// link, or null when it points outside the spine (such an entry is handled like an unlinked heading). A group heading
    /// becomes the <see cref="EpubChapterStart.GroupTitle"/> of the entries inside it when other groups stand beside it in
    /// its list (a lone wrapper around the whole book tells the entries apart from nothing).
    /// </summary>
    public static List<EpubTocNode> Prepare(IReadOnlyList<EpubTocEntry> toc, Func<EpubHref, EpubHref?> resolve) =>
        Prepare(toc, resolve, parentTitle: null, groupTitle: null);

    /// <summary>Every linked entry's start, in TOC order.</summary>
    public static List<EpubChapterStart> Starts(IReadOnlyList<EpubTocNode> nodes) =>
        [.. nodes.SelectMany(n => Subtree(n)).Select(n => n.Start).OfType<EpubChapterStart>()];

    /// <summary>
    /// The starts of the chosen chapters, in TOC order. <paramref name="seconds"/> is the estimated speech time from each
    /// start to the next start of <see cref="Starts"/>; without it only the structural rules apply.
    /// </summary>
    public static List<EpubChapterStart> Choose(IReadOnlyList<EpubTocNode> nodes, Func<EpubChapterStart, double>? seconds)
    {
        var chosen = new List<EpubChapterStart>();
        var totals = new Dictionary<EpubTocNode, double>(ReferenceEqualityComparer.Instance);
        Add(nodes);
        return chosen;

        void Add(IReadOnlyList<EpubTocNode> list)
        {
            foreach (var node in list)
            {
                if (node.Start is { } start)
                {
                    chosen.Add(start);
                }

                if (node.Children.Count > 0 && IsContainer(node))
                {
                    Add(node.Children);
                }
            }
        }

        bool IsContainer(EpubTocNode node)
        {
            if (node.Start is not { } start)
            {
                return true;
            }

            var inside = Subtree(node).Skip(1).ToList();
            if (!inside.Any(n => n.Start is not null))
            {
                return false;
            }

            if (inside.Any(n => n.Start is null && n.Children.Count > 0)
                || inside.Any(n => n.Start is { } s && !string.Equals(s.Target.Path, start.Target.Path, StringComparison.Ordinal))
                || inside.Any(n => HeadingPatterns.IsChapterLabel(n.Title)))
            {
                return true;
            }

            if (seconds is null)
            {
                return false;
            }

            var total = Total(node);
            return total > LongestChapter.TotalSeconds
                || (total > SplitAbove.TotalSeconds && Median(node.Children.Select(Total)) >= ShortestSplitPart.TotalSeconds);
        }

        double Total(EpubTocNode node)
        {
            if (!totals.TryGetValue(node, out var total))
            {
                total = (node.Start is { } s ? seconds!(s) : 0) + node.Children.Sum(Total);
                totals[node] = total;
            }

            return total;
        }
    }

    private static List<EpubTocNode> Prepare(IReadOnlyList<EpubTocEntry> entries, Func<EpubHref, EpubHref?> resolve, string? parentTitle, string? groupTitle)
    {
        var groupsHere = entries.Count(e => e.Children.Count > 0);
        var nodes = new List<EpubTocNode>(entries.Count);
        foreach (var entry in entries)
        {
            var target = entry.Target is { } href ? resolve(href) : null;
            var firstChildTarget = entry.Children.Count > 0 && entry.Children[0].Target is { } childHref ? resolve(childHref) : null;
            var isGroup = target is null || (firstChildTarget is not null && target == firstChildTarget);
            var title = entry.Title.Length > 0 ? entry.Title : null;
            var childGroup = !isGroup ? null : title is not null && groupsHere > 1 ? title : groupTitle;
            var children = Prepare(entry.Children, resolve, title ?? parentTitle, childGroup);
            var start = target is { } linked && !isGroup ? new EpubChapterStart(entry.Title, linked, parentTitle, groupTitle) : null;
            nodes.Add(new EpubTocNode(entry.Title, start, children));
        }

        return nodes;
    }

    private static IEnumerable<EpubTocNode> Subtree(EpubTocNode node)
    {
        var stack = new Stack<EpubTocNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            for (var i = current.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(current.Children[i]);
            }
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
