using System.Text.RegularExpressions;

namespace Audiobook.Core.Text;

/// <summary>Finds URLs and e-mail addresses, inside which no sentence or clause may end.</summary>
internal static partial class ProtectedSpans
{
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', ')', ']', '\'', '"'];

    public static IReadOnlyList<(int Start, int End)> Find(string text)
    {
        // Cheap pre-checks keep the common case (no URL, no address) at one IndexOf pass.
        var hasUrl = text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);
        var hasMail = text.Contains('@', StringComparison.Ordinal);
        if (!hasUrl && !hasMail)
        {
            return [];
        }

        var spans = new List<(int Start, int End)>();
        foreach (var match in (hasUrl && hasMail ? UrlOrMail() : hasUrl ? Url() : Mail()).EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            while (end > match.Index + 1 && Array.IndexOf(TrailingPunctuation, text[end - 1]) >= 0)
            {
                end--;
            }

            spans.Add((match.Index, end));
        }

        return spans;
    }

    // Bounded repeats keep matching linear even on a 50 MB run of letters.
    [GeneratedRegex(@"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{1,2048}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}", RegexOptions.CultureInvariant)]
    private static partial Regex Mail();

    [GeneratedRegex(@"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{1,2048}|[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlOrMail();
}
