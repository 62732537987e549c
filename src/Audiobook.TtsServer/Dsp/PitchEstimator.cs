namespace Audiobook.TtsServer.Dsp;

/// <summary>Frame-wise F0 by normalized autocorrelation (40 ms frames, 10 ms hop, 60–500 Hz). Input above 16 kHz is resampled to 16 kHz
/// first. A frame is voiced when it is within 26 dB of the loudest frame and its autocorrelation peak exceeds 0.6.</summary>
internal static class PitchEstimator
{
    private const int AnalysisRate = 16000;
    private const double MinF0 = 60;
    private const double MaxF0 = 500;
    private const double VoicingThreshold = 0.6;

    /// <summary>One value per 10 ms frame: the F0 in Hz, or NaN when the frame is silent or unvoiced.</summary>
    public static double[] EstimateFrames(ReadOnlySpan<short> samples, int sampleRate)
    {
        var (signal, rate) = Prepare(samples, sampleRate);
        var frameLength = rate * 40 / 1000;
        var hop = rate / 100;
        if (signal.Length < frameLength)
        {
            return [];
        }

        var frameCount = 1 + (signal.Length - frameLength) / hop;
        var energies = new double[frameCount];
        for (var f = 0; f < frameCount; f++)
        {
            energies[f] = Pcm16.Rms(signal.AsSpan(f * hop, frameLength));
        }

        var gate = energies.Max() * 0.05;
        var minLag = (int)(rate / MaxF0);
        var maxLag = (int)(rate / MinF0);
        var result = new double[frameCount];
        var frame = new double[frameLength];
        for (var f = 0; f < frameCount; f++)
        {
            result[f] = double.NaN;
            if (energies[f] < gate || energies[f] < 30)
            {
                continue;
            }

            var slice = signal.AsSpan(f * hop, frameLength);
            double mean = 0;
            foreach (var s in slice)
            {
                mean += s;
            }

            mean /= frameLength;
            for (var i = 0; i < frameLength; i++)
            {
                frame[i] = slice[i] - mean;
            }

            result[f] = FrameF0(frame, rate, minLag, Math.Min(maxLag, frameLength / 2));
        }

        return result;
    }

    /// <summary>The median F0 of the voiced frames, or null when fewer than 5 frames are voiced.</summary>
    public static double? EstimateMedianF0(ReadOnlySpan<short> samples, int sampleRate)
    {
        var voiced = EstimateFrames(samples, sampleRate).Where(f => !double.IsNaN(f)).Order().ToArray();
        return voiced.Length < 5 ? null : voiced[voiced.Length / 2];
    }

    private static (short[] Signal, int Rate) Prepare(ReadOnlySpan<short> samples, int sampleRate)
    {
        if (sampleRate <= AnalysisRate)
        {
            return (samples.ToArray(), sampleRate);
        }

        var resampler = new PolyphaseResampler(sampleRate, AnalysisRate);
        return ([.. resampler.Process(samples), .. resampler.Flush()], AnalysisRate);
    }

    private static double FrameF0(double[] frame, int rate, int minLag, int maxLag)
    {
        // Prefix sums of squares give each lag's two window energies in O(1); only the cross product is O(n) per lag.
        var squares = new double[frame.Length + 1];
        for (var i = 0; i < frame.Length; i++)
        {
            squares[i + 1] = squares[i] + frame[i] * frame[i];
        }

        var correlations = new double[maxLag + 2];
        var best = 0.0;
        var span = frame.AsSpan();
        for (var lag = minLag; lag <= maxLag + 1; lag++)
        {
            var count = frame.Length - lag;
            var cross = VectorMath.Dot(span[..count], span.Slice(lag, count));
            var energyA = squares[count];
            var energyB = squares[frame.Length] - squares[lag];
            correlations[lag] = energyA > 0 && energyB > 0 ? cross / Math.Sqrt(energyA * energyB) : 0;
            if (lag <= maxLag)
            {
                best = Math.Max(best, correlations[lag]);
            }
        }

        if (best < VoicingThreshold)
        {
            return double.NaN;
        }

        // The shortest lag that is a local peak close to the best one avoids picking a multiple of the period (an octave too low).
        for (var lag = minLag + 1; lag <= maxLag; lag++)
        {
            var r = correlations[lag];
            if (r >= 0.9 * best && r >= correlations[lag - 1] && r >= correlations[lag + 1])
            {
                var denominator = correlations[lag - 1] - 2 * r + correlations[lag + 1];
                var shift = denominator == 0 ? 0 : 0.5 * (correlations[lag - 1] - correlations[lag + 1]) / denominator;
                return rate / (lag + Math.Clamp(shift, -0.5, 0.5));
            }
        }

        return double.NaN;
    }
}
