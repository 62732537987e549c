using Audiobook.Core.Text;

namespace Audiobook.Rendering.Synthesis;

/// <summary>Judges whether a segment's audio could really carry its text: not empty, not silent, and a duration
/// within a wide band around the expected speaking time for its characters and language. Users' top complaint
/// about TTS tools is silent damage (truncated or empty audio found hours later), so every segment is checked.</summary>
public static class AudioPlausibility
{
    /// <summary>Returns null when the audio is plausible, otherwise a short reason.</summary>
    public static string? Check(string text, string languageType, ReadOnlySpan<short> samples, int sampleRate, double speechRate)
    {
        if (samples.IsEmpty)
        {
            return "no audio";
        }

        var seconds = samples.Length / (double)sampleRate;
        var rmsDb = RmsDb(samples);
        if (rmsDb < -60)
        {
            return $"silent audio ({rmsDb:0} dBFS)";
        }

        var units = SpokenUnits(text);
        var rate = Math.Clamp(speechRate, 0.5, 2.0);
        // The band follows the language the text is spoken in: Core's detector, with the segment's language_type as the hint.
        var cjk = LanguageTypes.IsCjk(LanguageDetector.DetectWithHintType(text, languageType));
        // Bands are deliberately wide: they catch truncation and runaway audio, not a slow voice.
        var (minPerSecond, maxPerSecond) = cjk ? (0.8, 14.0) : (3.0, 45.0);
        var shortest = units / (maxPerSecond * rate);
        var longest = (units / (minPerSecond * rate)) + 2.0;
        if (seconds < shortest)
        {
            return $"too short: {seconds:0.00} s for {units} characters";
        }

        return seconds > longest ? $"too long: {seconds:0.00} s for {units} characters" : null;
    }

    private static int SpokenUnits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return Math.Max(count, 1);
    }

    private static double RmsDb(ReadOnlySpan<short> samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        var rms = Math.Sqrt(sum / samples.Length) / 32768.0;
        return rms <= 0 ? -120 : 20 * Math.Log10(rms);
    }
}
