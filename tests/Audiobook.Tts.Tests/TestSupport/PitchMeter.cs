namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>A plain autocorrelation pitch estimate, independent of the server's own analysis: 40 ms frames every 10 ms, frames
/// within 20 dB of the loudest count, a frame is voiced when its normalized autocorrelation peak in 60–400 Hz exceeds 0.5.</summary>
internal static class PitchMeter
{
    /// <summary>The median F0 in Hz of the voiced frames, or null when fewer than 10 frames are voiced.</summary>
    public static double? MedianF0(PcmAudio audio)
    {
        var rate = audio.SampleRate;
        var frameLength = rate * 40 / 1000;
        var hop = rate / 100;
        var samples = audio.Samples;
        if (samples.Length < frameLength)
        {
            return null;
        }

        var frames = 1 + (samples.Length - frameLength) / hop;
        var energy = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            double sum = 0;
            for (var i = 0; i < frameLength; i++)
            {
                double s = samples[f * hop + i];
                sum += s * s;
            }

            energy[f] = sum / frameLength;
        }

        var gate = energy.Max() / 100;
        var minLag = rate / 400;
        var maxLag = Math.Min(rate / 60, frameLength - 1);
        var pitches = new List<double>();
        var frame = new double[frameLength];
        for (var f = 0; f < frames; f++)
        {
            if (energy[f] < gate || energy[f] < 100)
            {
                continue;
            }

            double mean = 0;
            for (var i = 0; i < frameLength; i++)
            {
                mean += samples[f * hop + i];
            }

            mean /= frameLength;
            for (var i = 0; i < frameLength; i++)
            {
                frame[i] = samples[f * hop + i] - mean;
            }

            if (Estimate(frame, minLag, maxLag) is { } lag)
            {
                pitches.Add((double)rate / lag);
            }
        }

        if (pitches.Count < 10)
        {
            return null;
        }

        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    private static double? Estimate(double[] frame, int minLag, int maxLag)
    {
        double r0 = 0;
        foreach (var x in frame)
        {
            r0 += x * x;
        }

        if (r0 <= 0)
        {
            return null;
        }

        var best = 0.0;
        var bestLag = 0;
        var correlations = new double[maxLag + 2];
        for (var lag = minLag; lag <= maxLag; lag++)
        {
            double r = 0;
            for (var i = 0; i + lag < frame.Length; i++)
            {
                r += frame[i] * frame[i + lag];
            }

            // Normalize by the overlap so long lags are not penalized.
            correlations[lag] = r / r0 * frame.Length / (frame.Length - lag);
            if (correlations[lag] > best)
            {
                best = correlations[lag];
                bestLag = lag;
            }
        }

        if (best < 0.5 || bestLag <= minLag || bestLag >= maxLag)
        {
            return null;
        }

        // Prefer the shortest lag whose peak is almost as strong (avoids picking a sub-harmonic), then refine by parabolic fit.
        for (var lag = minLag + 1; lag < bestLag; lag++)
        {
            if (correlations[lag] >= 0.9 * best && correlations[lag] >= correlations[lag - 1] && correlations[lag] >= correlations[lag + 1])
            {
                bestLag = lag;
                break;
            }
        }

        var (a, b, c) = (correlations[bestLag - 1], correlations[bestLag], correlations[bestLag + 1]);
        var denominator = a - 2 * b + c;
        var shift = denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
        return bestLag + Math.Clamp(shift, -0.5, 0.5);
    }
}
