using System.Text.RegularExpressions;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Chapter title rules: the TOC label; a label that is only a number ("3", "XII") is replaced by the chapter's first
/// heading, or becomes "Chapter 3"; without a label, the first heading, then the document &lt;title&gt; (when it is not
/// just the book title), then "Chapter N". Equal titles under different parents become "Part One — Chapter 1".
/// </summary>
internal static partial class EpubChapterTitles
{
    private const int MaxTitleLength = 200;

    public static string Choose(string? label, string? heading, string? documentTitle, string bookTitle, string numbered)
    {
        if (!string.IsNullOrEmpty(label) && !IsBareNumber(label))
        {
            return Limit(label);
        }

        if (heading is not null && !IsBareNumber(heading))
        {
            return Limit(heading);
        }

        if (!string.IsNullOrEmpty(label))
        {
            return "Chapter " + Limit(label.TrimEnd('.'));
        }

        if (!string.IsNullOrEmpty(documentTitle) && !string.Equals(documentTitle, bookTitle, StringComparison.OrdinalIgnoreCase))
        {
            return Limit(documentTitle);
        }

        return numbered;
    }

    /// <summary>Prefixes the parent title where two chapters would otherwise share a title.</summary>
    public static List<string> Disambiguate(IReadOnlyList<string> titles, IReadOnlyList<string?> parents)
    {
        var counts = titles.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return titles
            .Select((title, i) => counts[title] > 1 && parents[i] is { Length: > 0 } parent && parent != title
                ? Limit(parent + " — " + title)
                : title)
            .ToList();
    }

    public static bool IsBareNumber(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length > 0 && (trimmed.All(char.IsDigit) || RomanNumeral().IsMatch(trimmed));
    }

    private static string Limit(string title)
    {
        if (title.Length <= MaxTitleLength)
        {
            return title;
        }

        var space = title.LastIndexOf(' ', MaxTitleLength);
        return title[..(space > MaxTitleLength / 2 ? space : MaxTitleLength)] + "…";
    }

    [GeneratedRegex("^(?=[MDCLXVI])M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
