using Audiobook.Core.Text;

namespace Audiobook.Ingest.Text;

/// <summary>
/// Cuts a paragraph longer than <see cref="IngestOptions.MaxParagraphChars"/> into several, at the last sentence end
/// (Core's <see cref="SentenceSplitter"/>, else the last space) before each limit, so a file that is one huge line is
/// read in linear time. Every reader uses it: plain text, Markdown and EPUB.
/// </summary>
internal static class ParagraphLimiter
{
    public static IEnumerable<string> Split(string paragraph, int maxChars) =>
        SplitRanges(paragraph, maxChars).Select(r => paragraph.Substring(r.Start, r.Length));

    /// <summary>Where each piece of <see cref="Split"/> stands in <paramref name="paragraph"/>.</summary>
    public static IEnumerable<TextSpan> SplitRanges(string paragraph, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        if (paragraph.Length <= maxChars)
        {
            yield return new TextSpan(0, paragraph.Length);
            yield break;
        }

        var start = 0;
        while (paragraph.Length - start > maxChars)
        {
            var cut = FindCut(paragraph, start, maxChars);
            if (Trimmed(paragraph, start, cut) is { Length: > 0 } piece)
            {
                yield return piece;
            }

            start = cut;
        }

        if (Trimmed(paragraph, start, paragraph.Length) is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    // start..end without the whitespace string.Trim removes at either end.
    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }

    private static int FindCut(string text, int start, int maxChars)
    {
        var window = text.Substring(start, maxChars);
        var sentences = SentenceSplitter.SplitRanges(window);
        if (sentences.Count > 1)
        {
            // The last range may be a sentence the window cut in half: end before it.
            var end = sentences[^2].End.GetOffset(window.Length);
            if (end > maxChars / 4)
            {
                return start + end;
            }
        }

        var space = window.LastIndexOf(' ');
        if (space > maxChars / 4)
        {
            return start + space;
        }

        var cut = start + maxChars;
        return char.IsLowSurrogate(text[cut]) ? cut - 1 : cut;
    }
}
