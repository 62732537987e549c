using Audiobook.Core.Text;

namespace Audiobook.Core.Costs;

/// <summary>
/// A rough model of narration speed, used to estimate audio length before rendering: about 4.5 Chinese characters a
/// second (270 a minute, a brisk audiobook pace), 7 kana and 6 hangul syllables a second, and 15 characters a second for
/// everything else (Latin and Cyrillic text with its spaces and punctuation, about 165 English words a minute).
/// Pauses between segments are not included: they come from the render settings.
/// </summary>
public sealed record SpeechRateModel
{
    public double HanPerSecond { get; init; } = 4.5;

    public double KanaPerSecond { get; init; } = 7;

    public double HangulPerSecond { get; init; } = 6;

    public double OtherPerSecond { get; init; } = 15;

    /// <summary>The default rates above.</summary>
    public static SpeechRateModel Default { get; } = new();

    /// <summary>Estimated seconds of speech for <paramref name="text"/> at normal speed (speech_rate 1.0).</summary>
    public double Seconds(ReadOnlySpan<char> text)
    {
        int han = 0, kana = 0, hangul = 0, other = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            switch (ScriptClassifier.Of(rune))
            {
                case Script.Han: han++; break;
                case Script.Kana: kana++; break;
                case Script.Hangul: hangul++; break;
                case Script.Latin:
                case Script.Cyrillic:
                case Script.Other:
                default: other++; break;
            }
        }

        return (han / HanPerSecond) + (kana / KanaPerSecond) + (hangul / HangulPerSecond) + (other / OtherPerSecond);
    }
}
