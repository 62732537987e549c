namespace Audiobook.TtsServer.Synthesis;

/// <summary>Combines a voice with the session's speech_rate and pitch_rate into espeak-ng arguments.
/// espeak-ng 1.51 measured: F0 ≈ F0(p=50)·e^(0.0105·(p−50)) above 50 and e^(0.0085·(p−50)) below; duration ∝ 1/speed up to ~900 wpm.</summary>
internal static class EspeakArguments
{
    public const int BaseSpeed = 175;
    private const double RisingSlope = 0.0105;
    private const double FallingSlope = 0.0085;

    public static EspeakInvocation Build(EspeakVoice voice, string language, double speechRate, double pitchRate)
    {
        var pitchFactor = voice.PitchFactor * pitchRate;
        var pitch = (int)Math.Round(Math.Clamp(PitchFor(pitchFactor), 0, 99));
        var residual = Math.Round(pitchFactor / FactorAt(pitch), 2);
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

    /// <summary>The F0 multiplier of <c>-p <paramref name="pitch"/></c> relative to <c>-p 50</c>.</summary>
    public static double FactorAt(double pitch) =>
        pitch >= 50 ? Math.Exp(RisingSlope * (pitch - 50)) : Math.Exp(FallingSlope * (pitch - 50));

    /// <summary>The (unclamped) <c>-p</c> value that gives an F0 multiplier.</summary>
    public static double PitchFor(double factor) =>
        factor >= 1 ? 50 + Math.Log(factor) / RisingSlope : 50 + Math.Log(factor) / FallingSlope;

    // espeak-ng's Mandarin and Cantonese read about 2.4 characters per second at 175 wpm; 1.5× brings them near natural speech.
    private static double LanguageSpeed(string language) => language is "cmn" or "yue" ? 1.5 : 1.0;
}
