using System.Text;
using Audiobook.Core.Text;

namespace Audiobook.Core.Segmentation;

/// <summary>
/// Cuts a sentence longer than the limit: at clause punctuation (<c>，、；：</c>, and <c>, ; :</c> before a space) when it
/// can, else at a space, else between two CJK characters; never inside a Latin word, a number or a surrogate pair.
/// Pieces are about equally long; none is longer than the limit, and none is shorter than the minimum when a cut allows it.
/// </summary>
internal static class ClauseSplitter
{
    public static List<Range> Split(string text, Range sentence, int maxChars, int minChars)
    {
        var (start, length) = sentence.GetOffsetAndLength(text.Length);
        var end = start + length;
        var pieces = new List<Range>();
        while (end - start > maxChars)
        {
            var cut = FindCut(text, start, end, maxChars, minChars);
            TrimmedRanges.Add(pieces, text, start, cut);
            start = cut;
        }

        TrimmedRanges.Add(pieces, text, start, end);
        return pieces;
    }

    // Aims every piece at the same length (a 500-character sentence under a 350 limit becomes two of about 250, not
    // 350 + 150), preferring clause punctuation, then spaces, then any cut between CJK characters.
    private static int FindCut(string text, int start, int end, int maxChars, int minChars)
    {
        var remaining = end - start;
        var pieces = (remaining + maxChars - 1) / maxChars;
        var target = start + ((remaining + pieces - 1) / pieces);
        var limit = start + maxChars;
        return FindNearest(text, start, end, limit, target, minChars, IsClauseCut)
            ?? FindNearest(text, start, end, limit, target, minChars, IsSpaceCut)
            ?? FindNearest(text, start, end, limit, target, 1, IsSafeCut)
            ?? SafeSurrogateCut(text, limit);
    }

    // The cut in (start, limit] nearest to target that leaves at least minChars on both sides (or nothing after it).
    private static int? FindNearest(string text, int start, int end, int limit, int target, int minChars, Func<string, int, bool> isCut)
    {
        int? best = null;
        for (var cut = start + Math.Max(minChars, 1); cut <= limit; cut++)
        {
            var rest = end - cut;
            if ((rest > 0 && rest < minChars) || !isCut(text, cut))
            {
                continue;
            }

            if (best is null || Math.Abs(cut - target) < Math.Abs(best.Value - target))
            {
                best = cut;
            }
        }

        return best;
    }

    // A cut right after clause punctuation (and any closing quotes after it).
    private static bool IsClauseCut(string text, int cut)
    {
        var i = cut - 1;
        while (i > 0 && Punctuation.IsCloser(text[i]) && !Punctuation.IsClauseBreak(text, i))
        {
            i--;
        }

        return Punctuation.IsClauseBreak(text, i) && (cut >= text.Length || !Punctuation.IsCloser(text[cut]));
    }

    private static bool IsSpaceCut(string text, int cut) =>
        cut < text.Length && char.IsWhiteSpace(text[cut]) && !char.IsWhiteSpace(text[cut - 1]);

    // Between two characters that are not parts of one word or number: a CJK character on either side, or punctuation.
    private static bool IsSafeCut(string text, int cut)
    {
        if (cut >= text.Length || char.IsLowSurrogate(text[cut]))
        {
            return false;
        }

        Rune.DecodeLastFromUtf16(text.AsSpan(0, cut), out var before, out _);
        Rune.DecodeFromUtf16(text.AsSpan(cut), out var after, out _);
        if (Rune.GetUnicodeCategory(after) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
        {
            return false;
        }

        if (ScriptClassifier.IsCjk(before.Value) || ScriptClassifier.IsCjk(after.Value))
        {
            return !(Rune.IsDigit(before) && Rune.IsDigit(after));
        }

        return !Rune.IsLetterOrDigit(before) || !Rune.IsLetterOrDigit(after);
    }

    private static int SafeSurrogateCut(string text, int limit) =>
        char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
}
