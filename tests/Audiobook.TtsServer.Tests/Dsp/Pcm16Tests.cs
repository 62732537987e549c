using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Tests.Dsp;

public sealed class Pcm16Tests
{
    [Fact]
    public void Clip_Span_SameAsEachValueClipped()
    {
        // Ties round to even, both limits and beyond, negative zero, and a length that leaves a scalar tail after the vectors.
        float[] edges = [0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.5f, 32766.5f, 32767.4f, 32767.5f, 40000f, -32768.5f, -32769f, -1e9f, 1e9f, -0f, 0.49999997f];
        var random = new Random(3);
        float[] values = [.. edges, .. Enumerable.Range(0, 37).Select(_ => (float)((random.NextDouble() - 0.5) * 80000))];
        var output = new short[values.Length];

        Pcm16.Clip(values, output);

        Assert.Equal(values.Select(v => Pcm16.Clip(v)), output);
        Assert.Equal([0, 2, 2, 0, -2, -2, 32766, 32767, 32767, 32767, -32768, -32768, -32768, 32767, 0, 0], output[..16]);
    }
}
