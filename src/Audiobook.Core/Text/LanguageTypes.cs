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

    /// <summary>True for the languages written in Han, kana or hangul, which use the shorter CJK segment limit.</summary>
    public static bool IsCjk(string languageType) =>
        languageType is Chinese or Japanese or Korean;
}
