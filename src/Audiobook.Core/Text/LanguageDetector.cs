namespace Audiobook.Core.Text;

/// <summary>
/// Picks the service <c>language_type</c> (<see cref="LanguageTypes"/>) for a piece of text from its script and the
/// BCP 47 tag of the book or block. See docs/ingest.md, "Language".
/// </summary>
public static class LanguageDetector
{
    // A Chinese character carries about as much speech as three Latin letters, so CJK text wins a mixed sentence
    // once it holds a third as many characters as the Latin part ("我喜欢 Python" is Chinese; "The word 你好 means hello" is English).
    // The book's own script gets the benefit of the doubt: "第一章 Hello, World" in a Chinese book is Chinese.
    private const double CjkWeight = 3;
    private const double HintBias = 1.5;

    /// <summary>Maps a BCP 47 tag to a language type by its primary subtag; unknown or missing tags give <see cref="LanguageTypes.Auto"/>.</summary>
    public static string FromTag(string? bcp47) => PrimarySubtag(bcp47) switch
    {
        // Mandarin, Cantonese, Wu and Classical Chinese are all written in Han and spoken by the Chinese voices.
        "cmn" or "yue" or "wuu" or "lzh" => LanguageTypes.Chinese,
        { } code when LanguageTypes.ByCode.TryGetValue(code, out var languageType) => languageType,
        _ => LanguageTypes.Auto,
    };

    /// <summary>The lower-case primary subtag of a BCP 47 tag (<c>zh</c> for <c>zh-Hans-CN</c>), or null.</summary>
    public static string? PrimarySubtag(string? bcp47)
    {
        if (string.IsNullOrWhiteSpace(bcp47))
        {
            return null;
        }

        var tag = bcp47.Trim();
        var dash = tag.IndexOfAny(['-', '_']);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }

    /// <summary>
    /// The language type of <paramref name="text"/>: by script first (kana → Japanese, hangul → Korean, Han → Chinese
    /// unless the tag says Japanese or Korean, Cyrillic → Russian); Latin text takes the tag's language when the tag
    /// names a Latin-script language, English when the tag names a CJK or Cyrillic one (a mixed book), else Auto.
    /// Text without letters takes the tag's language.
    /// </summary>
    public static string Detect(ReadOnlySpan<char> text, string? bcp47Hint) => DetectWithHintType(text, FromTag(bcp47Hint));

    /// <summary><see cref="Detect"/> with the hint already mapped by <see cref="FromTag"/> (saves the mapping per sentence).</summary>
    public static string DetectWithHintType(ReadOnlySpan<char> text, string hint)
    {
        var counts = ScriptCounts.Of(text);
        var cjk = counts.Cjk;
        var alphabetic = counts.Latin + counts.Cyrillic;
        if (cjk == 0 && alphabetic == 0)
        {
            return hint;
        }

        var weight = LanguageTypes.IsCjk(hint) ? CjkWeight * HintBias
            : hint is LanguageTypes.Auto ? CjkWeight
            : CjkWeight / HintBias;
        if (cjk * weight >= alphabetic)
        {
            if (counts.Kana > 0)
            {
                return LanguageTypes.Japanese;
            }

            if (counts.Hangul > counts.Han)
            {
                return LanguageTypes.Korean;
            }

            return hint is LanguageTypes.Japanese or LanguageTypes.Korean ? hint : LanguageTypes.Chinese;
        }

        if (counts.Cyrillic > counts.Latin)
        {
            return LanguageTypes.Russian;
        }

        return hint switch
        {
            LanguageTypes.English or LanguageTypes.Spanish or LanguageTypes.French or LanguageTypes.German
                or LanguageTypes.Italian or LanguageTypes.Portuguese => hint,
            LanguageTypes.Chinese or LanguageTypes.Japanese or LanguageTypes.Korean or LanguageTypes.Russian => LanguageTypes.English,
            _ => LanguageTypes.Auto,
        };
    }

    /// <summary>
    /// Guesses a BCP 47 tag for a whole text (a book without a language in its metadata): by script for CJK and
    /// Cyrillic, by common function words for Latin text (en, es, fr, de, it, pt). Returns null when unsure.
    /// Looks at the first 64 KB only.
    /// </summary>
    public static string? GuessTag(ReadOnlySpan<char> text)
    {
        var sample = text.Length > 65_536 ? text[..65_536] : text;
        var counts = ScriptCounts.Of(sample);
        if (counts.Cjk * CjkWeight >= counts.Latin + counts.Cyrillic && counts.Cjk > 0)
        {
            return counts.Kana > 0 ? "ja" : counts.Hangul > counts.Han ? "ko" : "zh";
        }

        if (counts.Cyrillic > counts.Latin)
        {
            return "ru";
        }

        return counts.Latin == 0 ? null : FunctionWords.Guess(sample);
    }
}
