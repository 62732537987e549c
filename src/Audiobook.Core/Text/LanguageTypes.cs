using System.Collections.Frozen;

namespace Audiobook.Core.Text;

/// <summary>The values of the TTS service's <c>language_type</c> session field (protocol §3.1).</summary>
public static class LanguageTypes
{
    public const string Auto = "Auto";
    public const string Chinese = "Chinese";
    public const string English = "English";
    public const string German = "German";
    public const string Italian = "Italian";
    public const string Portuguese = "Portuguese";
    public const string Spanish = "Spanish";
    public const string Japanese = "Japanese";
    public const string Korean = "Korean";
    public const string French = "French";
    public const string Russian = "Russian";

    /// <summary>Every accepted value, <see cref="Auto"/> first, in the order of the service's documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, Chinese, English, German, Italian, Portuguese, Spanish, Japanese, Korean, French, Russian];

    /// <summary>The ISO 639-1 code of each language (all but <see cref="Auto"/>): the codes the customization API takes as
    /// <c>language</c> (protocol §7) and the primary subtags <see cref="LanguageDetector.FromTag"/> maps.</summary>
    public static FrozenDictionary<string, string> ByCode { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zh"] = Chinese,
        ["en"] = English,
        ["de"] = German,
        ["it"] = Italian,
        ["pt"] = Portuguese,
        ["es"] = Spanish,
        ["ja"] = Japanese,
        ["ko"] = Korean,
        ["fr"] = French,
        ["ru"] = Russian,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Codes = ByCode.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The ISO 639-1 code of <paramref name="languageType"/> (<c>zh</c> for <see cref="Chinese"/>), or null for
    /// <see cref="Auto"/> and unknown values.</summary>
    public static string? CodeOf(string languageType) => Codes.GetValueOrDefault(languageType);

    /// <summary>True for the languages written in Han, kana or hangul, which use the shorter CJK segment limit.</summary>
    public static bool IsCjk(string languageType) =>
        languageType is Chinese or Japanese or Korean;
}
