namespace Audiobook.Core.Text;

/// <summary>Shortens a display text (a chapter title, a tag) with a trailing ellipsis.</summary>
public static class Ellipsis
{
    /// <summary>The text when it has at most <paramref name="maxKept"/> characters; otherwise at most that many followed by
    /// "…": cut at the last space when one lies in the second half (text without spaces, as Chinese, is cut where it reaches
    /// the limit), never between the two halves of a surrogate pair, without trailing white space before the ellipsis.</summary>
    public static string Shorten(string text, int maxKept)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKept, 1);
        if (text.Length <= maxKept)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', maxKept);
        var end = space > maxKept / 2 ? space : maxKept;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }
}
