using System.Text.RegularExpressions;
using Audiobook.Core.Text;
using Audiobook.Ingest.PlainText;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Chapter title rules: the TOC label; a label that is only a number ("3", "XII") is replaced by the chapter's first
/// heading, or becomes "The Story — 3" under a titled parent entry, else "Chapter 3"; without a label, the first
/// heading, then the document &lt;title&gt; (when it is not just the book title), then "Chapter N". A group heading without
/// text of its own goes before the title ("Mara Quillon — The Lamp Room"). Equal titles under different parents become
/// "Part One — Chapter 1".
/// </summary>
internal static partial class EpubChapterTitles
{
    private const int MaxTitleLength = 200;
    private const string Separator = " — ";

    public static string Choose(string? label, string? heading, string? documentTitle, string bookTitle, string numbered, string? parentTitle = null)
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
            // A numbered section of a story split for length ("II") is named after the story: "A Scandal in Bohemia — II".
            return parentTitle is { Length: > 0 } && !IsBareNumber(parentTitle)
                ? Limit(parentTitle + Separator + label.TrimEnd('.'))
                : "Chapter " + Limit(label.TrimEnd('.'));
        }

        if (!string.IsNullOrEmpty(documentTitle) && !string.Equals(documentTitle, bookTitle, StringComparison.OrdinalIgnoreCase))
        {
            return Limit(documentTitle);
        }

        return numbered;
    }

    /// <summary>
    /// Puts the group heading that has no text of its own ("Mara Quillon") before the title ("The Lamp Room"), unless the
    /// label names a chapter by number ("Chapter 3"), which places it in the book by itself.
    /// </summary>
    public static string WithGroup(string title, string? label, string? group) =>
        group is { Length: > 0 } && label is not null && !HeadingPatterns.IsChapterLabel(label) && !title.StartsWith(group + Separator, StringComparison.Ordinal)
            ? Limit(group + Separator + title)
            : title;

    /// <summary>Prefixes the parent title where two chapters would otherwise share a title.</summary>
    public static List<string> Disambiguate(IReadOnlyList<string> titles, IReadOnlyList<string?> parents)
    {
        var counts = titles.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return titles
            .Select((title, i) => counts[title] > 1 && parents[i] is { Length: > 0 } parent && parent != title
                && !title.StartsWith(parent + Separator, StringComparison.Ordinal)
                ? Limit(parent + Separator + title)
                : title)
            .ToList();
    }

    public static bool IsBareNumber(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length > 0 && (trimmed.All(char.IsDigit) || RomanNumeral().IsMatch(trimmed));
    }

    private static string Limit(string title) => Ellipsis.Shorten(title, MaxTitleLength);

    [GeneratedRegex("^(?=[MDCLXVI])M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
