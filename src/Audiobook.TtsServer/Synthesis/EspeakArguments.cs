namespace Audiobook.TtsServer.Synthesis;

/// <summary>Combines a voice with the session's speech_rate and pitch_rate into espeak-ng arguments: <c>-p</c> from the variant's measured
/// <see cref="EspeakPitchCurve"/>, and whatever <c>-p</c> cannot reach as a residual resampling factor; duration ∝ 1/speed up to ~900 wpm.</summary>
internal static class EspeakArguments
{
    public const int BaseSpeed = 175;

    public static EspeakInvocation Build(EspeakVoice voice, string language, double speechRate, double pitchRate)
    {
        var curve = voice.Variant.Pitch;
        var target = voice.TargetF0 * pitchRate;
        var pitch = curve.PitchFor(target);
        var residual = Math.Round(target / curve.F0At(pitch), 2);
        if (Math.Abs(residual - 1) < 0.015)
        {
            residual = 1;
        }

        var speed = BaseSpeed * LanguageSpeed(language) * voice.SpeedFactor * speechRate / residual;
        return new EspeakInvocation(
            language + "+" + voice.Variant.Name,
            pitch,
            (int)Math.Round(Math.Clamp(speed, 80, 900)),
            voice.WordGap,
            voice.Amplitude,
            residual);
    }

    // espeak-ng's Mandarin and Cantonese read about 2.4 characters per second at 175 wpm; 1.5× brings them near natural speech.
    private static double LanguageSpeed(string language) => language is LanguageRouter.Mandarin or LanguageRouter.Cantonese ? 1.5 : 1.0;
}
