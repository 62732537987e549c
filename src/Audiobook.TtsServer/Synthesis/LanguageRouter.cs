using System.Collections.Frozen;
using System.Text;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Maps <c>language_type</c> to espeak-ng languages. <c>Auto</c> detects per sentence by script: Han → Chinese, any kana → Japanese,
/// Hangul → Korean, Cyrillic → Russian, otherwise English; neighbouring sentences of the same language form one run.</summary>
internal static class LanguageRouter
{
    public const string Auto = "Auto";

    public static readonly FrozenDictionary<string, string> EspeakLanguages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Chinese"] = "cmn",
        ["English"] = "en-us",
        ["Japanese"] = "ja",
        ["Korean"] = "ko",
        ["German"] = "de",
        ["French"] = "fr",
        ["Spanish"] = "es",
        ["Italian"] = "it",
        ["Portuguese"] = "pt",
        ["Russian"] = "ru",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<TextRun> Split(string text, string languageType, bool cantonese)
    {
        if (!string.Equals(languageType, Auto, StringComparison.Ordinal))
        {
            var language = EspeakLanguages.GetValueOrDefault(languageType, "en-us");
            return [new TextRun(ChineseFor(language, cantonese), text)];
        }

        var runs = new List<TextRun>();
        foreach (var sentence in Sentences(text))
        {
            var language = Detect(sentence, cantonese);
            if (runs.Count > 0 && string.Equals(runs[^1].Language, language, StringComparison.Ordinal))
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + sentence };
            }
            else if (runs.Count > 0 && string.IsNullOrWhiteSpace(sentence))
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + sentence };
            }
            else
            {
                runs.Add(new TextRun(language, sentence));
            }
        }

        return runs;
    }

    public static string Detect(string sentence, bool cantonese)
    {
        int han = 0, kana = 0, hangul = 0, cyrillic = 0, latin = 0;
        foreach (var rune in sentence.EnumerateRunes())
        {
            var v = rune.Value;
            if (Audiobook.Core.Text.ScriptClassifier.IsHan(v))
            {
                han++;
            }
            else if (v is >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9D)
            {
                kana++;
            }
            else if (v is >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F)
            {
                hangul++;
            }
            else if (v is >= 0x0400 and <= 0x04FF)
            {
                cyrillic++;
            }
            else if (Rune.IsLetter(rune))
            {
                latin++;
            }
        }

        return (han, kana, hangul, cyrillic, latin) switch
        {
            (_, > 0, _, _, _) => "ja",
            (_, _, > 0, _, _) when hangul >= han => "ko",
            ( > 0, _, _, _, _) => cantonese ? "yue" : "cmn",
            (_, _, _, > 0, _) when cyrillic >= latin => "ru",
            _ => "en-us",
        };
    }

    private static string ChineseFor(string language, bool cantonese) =>
        cantonese && string.Equals(language, "cmn", StringComparison.Ordinal) ? "yue" : language;

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '!' or '?' or '.' or '；' or ';' or '\n')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
