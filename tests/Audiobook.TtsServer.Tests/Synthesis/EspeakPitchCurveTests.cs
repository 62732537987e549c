using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

public sealed class EspeakPitchCurveTests
{
    private static readonly double[] Aunty = [77.4, 93.0, 107.6, 127.0, 147.9, 173.7, 202.2, 235.9, 274.0, 318.3, 362.9];

    [Fact]
    public void F0At_MeasuredPoints_ReturnsMeasurement()
    {
        var curve = new EspeakPitchCurve(Aunty);

        Assert.Equal(77.4, curve.F0At(0), 1e-9);
        Assert.Equal(173.7, curve.F0At(50), 1e-9);
        Assert.Equal(362.9, curve.F0At(99), 1e-9);
        Assert.InRange(curve.F0At(95), 318.3, 362.9);
    }

    [Fact]
    public void PitchFor_EveryPitchInRange_InverseOfF0At()
    {
        var curve = new EspeakPitchCurve(Aunty);

        Assert.All(Enumerable.Range(0, 100), p => Assert.Equal(p, curve.PitchFor(curve.F0At(p))));
    }

    [Fact]
    public void PitchFor_OutsideRange_Clamped()
    {
        var curve = new EspeakPitchCurve(Aunty);

        Assert.Equal(0, curve.PitchFor(50));
        Assert.Equal(99, curve.PitchFor(500));
    }

    [Theory]
    [InlineData(new[] { 431.9, 63.6, 70.6, 80.4, 91.0, 103.7, 117.9, 134.5, 153.3, 174.9, 196.7 }, 10)]
    [InlineData(new[] { 308.5, 63.2, 64.6, 65.8, 68.5, 74.9, 82.1, 91.2, 101.4, 113.4, 125.1 }, 30)]
    [InlineData(new[] { 67.8, 68.1, 68.3, 71.3, 76.7, 84.5, 93.3, 103.9, 116.0, 129.7, 143.4 }, 20)]
    [InlineData(new[] { 126.8, 137.2, 146.9, 160.5, 175.0, 192.7, 212.3, 235.1, 261.4, 291.2, 321.3 }, 0)]
    public void MinPitch_OctaveErrorOrFlatBottom_Skipped(double[] f0ByPitch, int minPitch)
    {
        var curve = new EspeakPitchCurve(f0ByPitch);

        Assert.Equal(minPitch, curve.MinPitch);
        Assert.Equal(minPitch, curve.PitchFor(40));
        Assert.Equal(f0ByPitch[minPitch / 10], curve.F0At(0), 1e-9);
    }

    [Fact]
    public void Constructor_WrongCountOrNoRise_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EspeakPitchCurve([100, 200]));
        Assert.Throws<ArgumentException>(() => new EspeakPitchCurve(Enumerable.Repeat(100.0, 11).ToArray()));
    }
}
