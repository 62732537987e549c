using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// Reading order of a table of contents: an EPUB 3 navigation document must link its entries in spine order and, within
/// a document, in the order of their targets (EPUBCheck NAV-011), which some sources' own tables do not (a "note on
/// the text" listed before the book it follows, a part page listed after the title page inside it). Siblings are
/// ordered by where their first link lands (stable, so ties keep the source's order); an entry that links to a whole
/// document while its entries link inside it is pointed at its first entry's target; a link still going backwards
/// after that is dropped (the entry stays as a heading when it has entries of its own).
/// </summary>
/// <param name="source">The source, for the spine.</param>
/// <param name="ids">The ids of each content document (by its entry name in the edition) in document order.</param>
internal sealed class TocOrder(EpubSourceBook source, IReadOnlyDictionary<string, IReadOnlyList<string>> ids)
{
    private readonly Dictionary<string, int> spine = SpinePositions(source);

    public bool IsInReadingOrder(IReadOnlyList<EpubSourceTocEntry> toc)
    {
        var last = (-1, -1);
        foreach (var position in Links(toc).Select(Position))
        {
            if (position.CompareTo(last) < 0)
            {
                return false;
            }

            last = position;
        }

        return true;
    }

    public IReadOnlyList<EpubSourceTocEntry> Sort(IReadOnlyList<EpubSourceTocEntry> toc)
    {
        var last = (-1, -1);
        return Forward(Arrange(toc), ref last);
    }

    private List<EpubSourceTocEntry> Arrange(IReadOnlyList<EpubSourceTocEntry> entries) =>
        entries.Select(e =>
            {
                var children = Arrange(e.Children);
                var entry = e with { Children = children };
                return entry.Fragment is null && entry.OutputPath is { } path && children.FirstOrDefault(c => c.OutputPath is not null) is { } first
                    && first.OutputPath == path && first.Fragment is not null
                    ? entry with { Fragment = first.Fragment }
                    : entry;
            })
            .OrderBy(e => Links([e]).Select(Position).DefaultIfEmpty((int.MaxValue, int.MaxValue)).First())
            .ToList();

    private List<EpubSourceTocEntry> Forward(IReadOnlyList<EpubSourceTocEntry> entries, ref (int, int) last)
    {
        var kept = new List<EpubSourceTocEntry>();
        foreach (var entry in entries)
        {
            var linked = entry;
            if (entry.OutputPath is not null && Position(entry).CompareTo(last) < 0)
            {
                linked = entry with { OutputPath = null, Fragment = null };
            }
            else if (entry.OutputPath is not null)
            {
                last = Position(entry);
            }

            var children = Forward(entry.Children, ref last);
            if (linked.OutputPath is not null || children.Count > 0)
            {
                kept.Add(linked with { Children = children });
            }
        }

        return kept;
    }

    private (int, int) Position(EpubSourceTocEntry entry)
    {
        var document = spine.TryGetValue(entry.OutputPath!, out var index) ? index : int.MaxValue;
        if (entry.Fragment is null)
        {
            return (document, -1);
        }

        var at = ids.TryGetValue(entry.OutputPath!, out var list) ? list.ToList().IndexOf(entry.Fragment) : -1;
        return (document, at < 0 ? int.MaxValue : at);
    }

    private static IEnumerable<EpubSourceTocEntry> Links(IEnumerable<EpubSourceTocEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.OutputPath is not null)
            {
                yield return entry;
            }

            foreach (var child in Links(entry.Children))
            {
                yield return child;
            }
        }
    }

    private static Dictionary<string, int> SpinePositions(EpubSourceBook source)
    {
        var byId = source.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, index) in source.Spine.Select((s, i) => (s, i)))
        {
            if (byId.TryGetValue(item.ItemId, out var found))
            {
                positions.TryAdd(found.OutputPath, index);
            }
        }

        return positions;
    }
}
