namespace Audiobook.Ingest.Epub;

/// <summary>
/// Turns the nested TOC into chapter starts. A leaf entry is a chapter. An entry with children is one chapter
/// (its children are sections inside it) when every nested target is in the entry's own file and no child is
/// labelled like a chapter ("Chapter 3", "第三章"); otherwise the entry's own text up to its first child is a
/// chapter (a part title page, dropped when empty) and each child is handled the same way, recursively.
/// </summary>
internal static class EpubTocFlattener
{
    private static readonly string[] ChapterWords =
    [
        "chapter", "chap.", "chapitre", "kapitel", "capítulo", "capitulo", "capitolo", "hoofdstuk", "глава", "rozdział",
    ];

    public static List<EpubChapterStart> Flatten(IReadOnlyList<EpubTocEntry> toc)
    {
        var starts = new List<EpubChapterStart>();
        Add(toc, null, starts);
        return starts;
    }

    private static void Add(IReadOnlyList<EpubTocEntry> entries, string? parentTitle, List<EpubChapterStart> starts)
    {
        foreach (var entry in entries)
        {
            if (entry.Target is { } target)
            {
                starts.Add(new EpubChapterStart(entry.Title, target, parentTitle));
            }

            if (entry.Children.Count > 0 && SplitsIntoChapters(entry))
            {
                Add(entry.Children, entry.Title.Length > 0 ? entry.Title : parentTitle, starts);
            }
        }
    }

    private static bool SplitsIntoChapters(EpubTocEntry entry)
    {
        if (entry.Target is not { } target)
        {
            return true;
        }

        return Descendants(entry).Any(d => d.Target is { } t && !string.Equals(t.Path, target.Path, StringComparison.Ordinal))
            || entry.Children.Any(c => LooksLikeChapter(c.Title));
    }

    private static IEnumerable<EpubTocEntry> Descendants(EpubTocEntry entry)
    {
        foreach (var child in entry.Children)
        {
            yield return child;
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    public static bool LooksLikeChapter(string title)
    {
        var text = title.TrimStart().ToLowerInvariant();
        if (ChapterWords.Any(w => text.StartsWith(w, StringComparison.Ordinal)))
        {
            return true;
        }

        // 第三章, 第12回, 第一話
        return text.Length >= 3 && text[0] == '第' && text.IndexOfAny(['章', '回', '話', '节', '節']) > 1;
    }
}
