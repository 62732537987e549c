using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Tests.Dsp;

public sealed class VectorMathTests
{
    [Fact]
    public void DotPadded4_EachResult_SameToTheBitAsDotPadded()
    {
        var random = new Random(7);
        var filters = Enumerable.Range(0, 8 * 56).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var signal = Enumerable.Range(0, 2000).Select(_ => (float)random.Next(-32768, 32768)).ToArray();
        int[] filterOffsets = [0, 56 * 3, 56 * 7, 56];
        int[] signalOffsets = [0, 1, 999, 2000 - 56];
        var results = new float[4];

        VectorMath.DotPadded4(filters, filterOffsets, signal, signalOffsets, 56, results);

        for (var k = 0; k < 4; k++)
        {
            var expected = VectorMath.DotPadded(filters.AsSpan(filterOffsets[k], 56), signal.AsSpan(signalOffsets[k], 56));
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(results[k]));
        }
    }

    [Fact]
    public void DotPadded4_WindowPastTheEnd_Throws()
    {
        var filters = new float[64];
        var signal = new float[64];

        Assert.Throws<ArgumentException>(() => VectorMath.DotPadded4(filters, [0, 0, 0, 0], signal, [0, 0, 0, 9], 56, new float[4]));
        Assert.Throws<ArgumentException>(() => VectorMath.DotPadded4(filters, [0, 0, 0, 0], signal, [0, 0, 0, 0], 50, new float[4]));
        Assert.Throws<ArgumentException>(() => VectorMath.DotPadded4(filters.AsSpan(0, 40), [0, 0, 0, 0], signal, [0, 0, 0, 0], 56, new float[4]));
        Assert.Throws<ArgumentException>(() => VectorMath.DotPadded4(filters, [0, 0, 0, 0], signal, [0, 0, 0, -8], 56, new float[4]));
    }
}
