namespace Audiobook.Ingest.Epub;

/// <summary>
/// Cuts a paragraph longer than <see cref="IngestOptions.MaxParagraphChars"/> into pieces at the last sentence end
/// (or else the last space) before the limit, so one 50 MB paragraph becomes many manageable blocks in linear time.
/// </summary>
internal static class EpubParagraphSplitter
{
    public static IEnumerable<string> Split(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            yield return text;
            yield break;
        }

        var start = 0;
        while (text.Length - start > maxChars)
        {
            var cut = FindCut(text, start, maxChars);
            var piece = text[start..cut].Trim();
            if (piece.Length > 0)
            {
                yield return piece;
            }

            start = cut;
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static int FindCut(string text, int start, int maxChars)
    {
        var end = start + maxChars;
        var floor = start + (maxChars / 2);
        for (var i = end - 1; i > floor; i--)
        {
            if (text[i] is '。' or '！' or '？' || (text[i] == ' ' && text[i - 1] is '.' or '!' or '?'))
            {
                return i + 1;
            }
        }

        var space = text.LastIndexOf(' ', end - 1, end - start);
        if (space > start)
        {
            return space + 1;
        }

        // No space at all (CJK or garbage): cut at the limit, never between the halves of a surrogate pair.
        return char.IsLowSurrogate(text[end]) ? end - 1 : end;
    }
}
