using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Tests.Dsp;

public sealed class PitchEstimatorTests
{
    [Theory]
    [InlineData(90, 16000)]
    [InlineData(150, 22050)]
    [InlineData(240, 24000)]
    [InlineData(400, 48000)]
    public void EstimateMedianF0_HarmonicTone_FindsFundamental(double f0, int rate)
    {
        var samples = Enumerable.Range(0, rate).Select(i =>
            (short)(3000 * (Math.Sin(2 * Math.PI * f0 * i / rate) + 0.8 * Math.Sin(4 * Math.PI * f0 * i / rate) + 0.6 * Math.Sin(6 * Math.PI * f0 * i / rate)))).ToArray();

        Assert.Equal(f0, PitchEstimator.EstimateMedianF0(samples, rate)!.Value, f0 * 0.02);
    }

    [Fact]
    public void EstimateMedianF0_SilenceOrNoise_Null()
    {
        var random = new Random(5);
        var noise = Enumerable.Range(0, 16000).Select(_ => (short)random.Next(-3000, 3000)).ToArray();

        Assert.Null(PitchEstimator.EstimateMedianF0(new short[16000], 16000));
        Assert.Null(PitchEstimator.EstimateMedianF0(noise, 16000));
    }

    [Fact]
    public void Analyze_ToneWithSilence_MeasuresDurationAndSpeechTime()
    {
        short[] samples = [.. new short[8000], .. PolyphaseResamplerTests.Sine(200, 16000, 32000, 5000), .. new short[8000]];

        var analysis = SpeechAnalyzer.Analyze(samples, 16000);

        Assert.Equal(3.0, analysis.DurationSeconds, 0.01);
        Assert.Equal(2.0, analysis.SpeechSeconds, 0.05);
        Assert.Equal(200, analysis.MedianF0!.Value, 2.0);
    }
}
