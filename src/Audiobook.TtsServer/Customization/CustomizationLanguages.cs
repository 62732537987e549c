using System.Collections.Frozen;

namespace Audiobook.TtsServer.Customization;

/// <summary>The 10 language codes of the customization API and the <c>language_type</c> each is spoken as.</summary>
internal static class CustomizationLanguages
{
    public static readonly FrozenDictionary<string, string> LanguageTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zh"] = "Chinese",
        ["en"] = "English",
        ["de"] = "German",
        ["it"] = "Italian",
        ["pt"] = "Portuguese",
        ["es"] = "Spanish",
        ["ja"] = "Japanese",
        ["ko"] = "Korean",
        ["fr"] = "French",
        ["ru"] = "Russian",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The language code if valid (null stays null); otherwise InvalidParameter(language).</summary>
    public static string? Validate(string? language) =>
        language is null || LanguageTypes.ContainsKey(language) ? language : throw CustomizationException.InvalidParameter("language");
}
