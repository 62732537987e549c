using System.Collections.Frozen;
using System.Text;

namespace Audiobook.Core.Text;

/// <summary>
/// Splits text into sentences by rule (engineering notes §6): after the terminal punctuation of each script
/// (<c>。！？｡</c>, and <c>. ! ? … ‥</c> followed by a space and a word that does not start in lower case), with closing
/// quotes and brackets kept on the sentence they close. Decimals, URLs, e-mail addresses, abbreviations and initials do
/// not end a sentence. Pure and linear in the length of the text.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> GermanMonths = new[]
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order.</summary>
    /// <param name="text">The text, usually one paragraph.</param>
    /// <param name="languageTag">BCP 47 tag of the text; chooses the abbreviation list (all lists when null).</param>
    public static IReadOnlyList<string> Split(string text, string? languageTag = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitRanges(text, languageTag).Select(r => text[r]).ToList();
    }

    /// <summary>The sentences of <paramref name="text"/> as ranges into it, trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<Range> SplitRanges(string text, string? languageTag = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = LanguageDetector.PrimarySubtag(languageTag);
        var abbreviations = Abbreviations.For(language);
        var protectedSpans = ProtectedSpans.Find(text);
        var nextProtected = 0;
        var result = new List<Range>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (nextProtected < protectedSpans.Count && protectedSpans[nextProtected].End <= i)
            {
                nextProtected++;
            }

            if (nextProtected < protectedSpans.Count && protectedSpans[nextProtected].Start <= i)
            {
                i = protectedSpans[nextProtected].End;
                continue;
            }

            if (!Punctuation.IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var end = ScanTerminalRun(text, i, out var run);
            if (IsBoundary(text, i, end, run, language, abbreviations))
            {
                TrimmedRanges.Add(result, text, start, end);
                start = end;
            }

            i = end;
        }

        TrimmedRanges.Add(result, text, start, text.Length);
        return result;
    }

    // Consumes the terminal punctuation run at i and the closing quotes/brackets after it (French style allows a space
    // before » and ›). Returns the exclusive end of the sentence candidate.
    private static int ScanTerminalRun(string text, int i, out TerminalRun run)
    {
        var j = i;
        run = default;
        while (j < text.Length && Punctuation.IsTerminal(text[j]))
        {
            run = run.Add(text[j]);
            j++;
        }

        while (j < text.Length)
        {
            if (Punctuation.IsCloser(text[j]))
            {
                run = run with { HasCloser = true };
                j++;
                continue;
            }

            var k = j;
            while (k < text.Length && text[k] is ' ' or '\u00A0' or '\u202F')
            {
                k++;
            }

            if (k > j && k < text.Length && text[k] is '»' or '›')
            {
                j = k;
                continue;
            }

            break;
        }

        return j;
    }

    private static bool IsBoundary(string text, int runStart, int end, TerminalRun run, string? language, FrozenSet<string> abbreviations)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var hasSpace = next > end;
        Rune.DecodeFromUtf16(text.AsSpan(next), out var nextRune, out _);
        var nextIsCjk = ScriptClassifier.IsCjk(nextRune.Value);

        if (run.HasCjkTerminal)
        {
            // 「そうだ。」と彼は言った: a quote followed by the particle と/って continues the sentence.
            return !(run.HasCloser && language is "ja" or null && (text[next] == 'と' || text.AsSpan(next).StartsWith("って", StringComparison.Ordinal)));
        }

        if (Rune.IsLower(nextRune))
        {
            return false;
        }

        if (!hasSpace)
        {
            // Without a space only a switch to CJK text ends a sentence ("It works.我也是"); "3.14", "U.S.A.",
            // "Yahoo!Inc" and ellipses inside CJK text do not.
            return nextIsCjk && !run.HasEllipsis && (run.Dots == 0 || (run.Dots == 1 && run.Length == 1 && runStart > 0 && !char.IsDigit(text[runStart - 1])));
        }

        if (run.Dots != 1 || run.Length != 1 || run.HasCloser)
        {
            return true;
        }

        return !IsAbbreviation(text, runStart, next, nextRune, language, abbreviations);
    }

    // The word before a single period: an abbreviation, an initial or a German ordinal date?
    private static bool IsAbbreviation(string text, int period, int next, Rune nextRune, string? language, FrozenSet<string> abbreviations)
    {
        var wordStart = period;
        while (wordStart > 0 && period - wordStart < 24 && !char.IsWhiteSpace(text[wordStart - 1]) && !Punctuation.IsOpener(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        var lookup = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        if (Rune.IsDigit(nextRune) && Abbreviations.BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (IsInitialOrDottedForm(word))
        {
            return true;
        }

        return language == "de" && IsAllDigits(word) && GermanMonths.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordAt(text, next));
    }

    // "J" (an initial), "e.g", "U.S", "z.B", "т.е": single letters joined by periods.
    private static bool IsInitialOrDottedForm(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }
}
