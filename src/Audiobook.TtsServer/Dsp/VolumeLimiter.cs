namespace Audiobook.TtsServer.Dsp;

/// <summary>Applies the session volume (0–100, 50 = unity, 100 = +6 dB) with a soft knee above 80% of full scale so loud voices bend
/// instead of clipping hard.</summary>
internal static class VolumeLimiter
{
    private const double Knee = 0.8 * 32767;
    private const double Headroom = 32767 - Knee;

    public static double GainFor(int volume) => Math.Clamp(volume, 0, 100) / 50.0;

    public static void Apply(Span<short> samples, double gain)
    {
        if (gain == 1)
        {
            return;
        }

        for (var i = 0; i < samples.Length; i++)
        {
            var value = samples[i] * gain;
            var magnitude = Math.Abs(value);
            if (magnitude > Knee)
            {
                magnitude = Knee + Headroom * Math.Tanh((magnitude - Knee) / Headroom);
                value = Math.CopySign(magnitude, value);
            }

            samples[i] = Pcm16.Clip(value);
        }
    }
}
