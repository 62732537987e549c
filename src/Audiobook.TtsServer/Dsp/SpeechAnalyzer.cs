namespace Audiobook.TtsServer.Dsp;

/// <summary>Measures duration, speech activity, median F0 and pace of mono PCM (used for reference samples of cloned voices and in tests).</summary>
internal static class SpeechAnalyzer
{
    public static SpeechAnalysis Analyze(ReadOnlySpan<short> samples, int sampleRate)
    {
        var duration = samples.Length / (double)sampleRate;
        var frames = PitchEstimator.EstimateFrames(samples, sampleRate);
        var speechFrames = CountActiveFrames(samples, sampleRate);
        var voiced = frames.Where(f => !double.IsNaN(f)).Order().ToArray();
        var segments = 0;
        var run = 0;
        foreach (var f in frames.Append(double.NaN))
        {
            if (!double.IsNaN(f))
            {
                run++;
                continue;
            }

            if (run >= 3)
            {
                segments++;
            }

            run = 0;
        }

        var speechSeconds = speechFrames / 100.0;
        return new SpeechAnalysis(
            duration,
            speechSeconds,
            voiced.Length / 100.0,
            voiced.Length < 5 ? null : voiced[voiced.Length / 2],
            speechSeconds > 0 ? segments / speechSeconds : 0);
    }

    private static int CountActiveFrames(ReadOnlySpan<short> samples, int sampleRate)
    {
        var frameLength = sampleRate / 100;
        if (frameLength == 0 || samples.Length < frameLength)
        {
            return 0;
        }

        var count = samples.Length / frameLength;
        var energies = new double[count];
        for (var f = 0; f < count; f++)
        {
            energies[f] = Pcm16.Rms(samples.Slice(f * frameLength, frameLength));
        }

        var gate = Math.Max(energies.Max() * 0.05, 30);
        return energies.Count(e => e >= gate);
    }
}
