using Audiobook.Core.Text;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Maps <c>language_type</c> to espeak-ng languages. <c>Auto</c> detects each sentence with Core's <see cref="LanguageDetector"/>
/// (the rule the client segments by, so both sides agree on a sentence's language) and speaks what it cannot place as English;
/// neighbouring sentences of the same language form one run. Cantonese voices speak Chinese as <c>yue</c>: a voice's dialect is the
/// server's concern, a text's script is Core's.</summary>
internal static class LanguageRouter
{
    public const string Mandarin = "cmn";
    public const string Cantonese = "yue";
    private const string AmericanEnglish = "en-us";

    public static IReadOnlyList<TextRun> Split(string text, string languageType, bool cantonese)
    {
        if (!string.Equals(languageType, LanguageTypes.Auto, StringComparison.Ordinal))
        {
            return [new TextRun(EspeakLanguage(languageType, cantonese), text)];
        }

        var runs = new List<TextRun>();
        foreach (var sentence in Sentences(text))
        {
            var language = Detect(sentence, cantonese);
            if (runs.Count > 0 && (string.Equals(runs[^1].Language, language, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(sentence)))
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

    /// <summary>The espeak-ng language of one sentence of an <c>Auto</c> session.</summary>
    public static string Detect(string sentence, bool cantonese) =>
        EspeakLanguage(LanguageDetector.DetectWithHintType(sentence, LanguageTypes.Auto), cantonese);

    /// <summary>espeak-ng's language for a <c>language_type</c>: its ISO 639-1 code, except Chinese (Mandarin or Cantonese) and English
    /// (American); <c>Auto</c> left undecided is English.</summary>
    public static string EspeakLanguage(string languageType, bool cantonese) => languageType switch
    {
        LanguageTypes.Chinese => cantonese ? Cantonese : Mandarin,
        LanguageTypes.English => AmericanEnglish,
        _ => LanguageTypes.CodeOf(languageType) ?? AmericanEnglish,
    };

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
