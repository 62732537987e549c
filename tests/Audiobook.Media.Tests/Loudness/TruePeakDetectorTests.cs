using Audiobook.Media.Loudness;

namespace Audiobook.Media.Tests.Loudness;

public sealed class TruePeakDetectorTests
{
    // ITU-R BS.1770-4 Annex 2: the four phases of the 48-tap interpolating filter.
    private static readonly double[][] Phases =
    [
        [0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000, -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750, 0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500],
        [-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250, -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125, 0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375],
        [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000, -0.2003173828125, 0.7797851562500, 0.4650878906250, -0.1665039062500, 0.0891113281250, -0.0517578125000, 0.0292968750000, -0.0291748046875],
        [-0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.1022949218750, 0.9721679687500, 0.1373291015625, -0.0594482421875, 0.0332031250000, -0.0196533203125, 0.0109863281250, 0.0017089843750],
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(10_000)]
    public void Process_BlocksOfAnySize_SamePeakToTheBitAsTheScalarFilter(int blockSize)
    {
        var random = new Random(7);
        var signal = new float[25_000];
        for (var i = 0; i < signal.Length; i++)
        {
            // Speech-like: a few tones plus noise, with full-scale spikes that overshoot between samples.
            signal[i] = (float)((0.4 * Math.Sin(i * 0.31)) + (0.3 * Math.Sin(i * 1.7)) + (0.1 * (random.NextDouble() - 0.5)));
        }

        signal[12_345] = 1f;
        signal[12_346] = -1f;
        var detector = new TruePeakDetector();
        for (var offset = 0; offset < signal.Length; offset += blockSize)
        {
            detector.Process(signal.AsSpan(offset, Math.Min(blockSize, signal.Length - offset)));
        }

        Assert.Equal(ScalarPeak(signal), detector.Peak);
        Assert.True(detector.Peak > 1.0);
    }

    [Fact]
    public void Process_QuietPassagesAfterALoudOne_StillFindsALaterIntersamplePeak()
    {
        // A loud start (peak ~0.6) lets the quiet middle be skipped. Later, twelve samples of 0.45 with the signs of the second
        // phase's taps add up between two samples to 0.45 x 2.02 ~ 0.91: a true peak far above every sample, which only the full
        // bound (the phase's sum of |tap|) keeps from being skipped as "too quiet".
        var random = new Random(11);
        var signal = new float[40_000];
        for (var i = 0; i < signal.Length; i++)
        {
            var level = i < 2_000 ? 0.6 : 0.05;
            signal[i] = (float)((level * Math.Sin(i * 0.23)) + (0.01 * (random.NextDouble() - 0.5)));
        }

        const int n = 31_011;
        for (var k = 0; k < 12; k++)
        {
            signal[n - k] = (float)(0.45 * Math.Sign(Phases[1][k]));
        }

        var detector = new TruePeakDetector();
        for (var offset = 0; offset < signal.Length; offset += 4096)
        {
            detector.Process(signal.AsSpan(offset, Math.Min(4096, signal.Length - offset)));
        }

        Assert.Equal(ScalarPeak(signal), detector.Peak);
        Assert.True(detector.Peak > 0.85, $"peak {detector.Peak}");
    }

    /// <summary>The filter as the recommendation writes it, one output at a time, summed in float in tap order.</summary>
    private static double ScalarPeak(float[] x)
    {
        var peak = 0f;
        for (var n = 0; n < x.Length; n++)
        {
            peak = Math.Max(peak, Math.Abs(x[n]));
            foreach (var phase in Phases)
            {
                var acc = 0f;
                for (var k = 0; k < phase.Length; k++)
                {
                    acc += (float)phase[k] * (n - k >= 0 ? x[n - k] : 0f);
                }

                peak = Math.Max(peak, Math.Abs(acc));
            }
        }

        return peak;
    }
}
