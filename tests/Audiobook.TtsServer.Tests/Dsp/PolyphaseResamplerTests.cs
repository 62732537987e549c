using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Tests.Dsp;

public sealed class PolyphaseResamplerTests
{
    [Theory]
    [InlineData(22050, 8000)]
    [InlineData(22050, 16000)]
    [InlineData(22050, 24000)]
    [InlineData(22050, 48000)]
    [InlineData(26450, 24000)]
    public void ProcessAndFlush_Sine_LengthScaledAndFrequencyKept(int inputRate, int outputRate)
    {
        var input = Sine(220, inputRate, inputRate, 8000);
        var resampler = new PolyphaseResampler(inputRate, outputRate);

        short[] output = [.. resampler.Process(input), .. resampler.Flush()];

        Assert.Equal((long)input.Length * outputRate / inputRate, output.Length, 1.0);
        Assert.Equal(220, PitchEstimator.EstimateMedianF0(output, outputRate)!.Value, 3.0);
        Assert.Equal(Pcm16.Rms(input), Pcm16.Rms(output.AsSpan(outputRate / 10, output.Length - outputRate / 5)), 200.0);
    }

    [Fact]
    public void Process_InChunks_SameAsOneBlock()
    {
        var input = Sine(300, 22050, 22050, 6000);
        var whole = new PolyphaseResampler(22050, 16000);
        short[] expected = [.. whole.Process(input), .. whole.Flush()];

        var chunked = new PolyphaseResampler(22050, 16000);
        var actual = new List<short>();
        for (var i = 0; i < input.Length; i += 777)
        {
            actual.AddRange(chunked.Process(input.AsSpan(i, Math.Min(777, input.Length - i))));
        }

        actual.AddRange(chunked.Flush());
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Process_DownsamplingAboveNewNyquist_Attenuated()
    {
        var input = Sine(6000, 22050, 22050, 8000);
        var resampler = new PolyphaseResampler(22050, 8000);

        short[] output = [.. resampler.Process(input), .. resampler.Flush()];

        Assert.True(Pcm16.Rms(output) < Pcm16.Rms(input) * 0.05, $"aliased energy {Pcm16.Rms(output)}");
    }

    [Fact]
    public void Process_SameRate_PassesThrough()
    {
        var input = Sine(100, 24000, 2400, 1000);

        Assert.Equal(input, new PolyphaseResampler(24000, 24000).Process(input));
    }

    internal static short[] Sine(double frequency, int rate, int length, double amplitude) =>
        Enumerable.Range(0, length).Select(i => (short)(amplitude * Math.Sin(2 * Math.PI * frequency * i / rate))).ToArray();
}
