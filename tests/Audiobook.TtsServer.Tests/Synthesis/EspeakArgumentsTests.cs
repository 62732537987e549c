using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

public sealed class EspeakArgumentsTests
{
    // A synthetic variant whose F0 doubles every 50 steps of -p: 100 Hz at 0, 200 Hz at 50, ≈395 Hz at 99.
    private static readonly EspeakVariant Variant = new("f2", 3000, [.. new[] { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99 }.Select(p => 200 * Math.Pow(2, (p - 50) / 50.0))]);
    private static readonly EspeakVoice Voice = new(Variant, 200, 1.0, 0, 100, false);

    [Fact]
    public void Build_Defaults_Pitch50Speed175()
    {
        var invocation = EspeakArguments.Build(Voice, "en-us", 1, 1);

        Assert.Equal(["--stdout", "-b", "1", "-v", "en-us+f2", "-p", "50", "-s", "175", "-g", "0", "-a", "100"], invocation.Arguments);
        Assert.Equal(1, invocation.RateFactor);
    }

    [Fact]
    public void Build_SpeechRateAndChinese_ScalesSpeed()
    {
        Assert.Equal(350, EspeakArguments.Build(Voice, "en-us", 2, 1).Speed);
        Assert.Equal(88, EspeakArguments.Build(Voice, "en-us", 0.5, 1).Speed);
        Assert.Equal(262, EspeakArguments.Build(Voice, "cmn", 1, 1).Speed);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.83)]
    [InlineData(1.25)]
    [InlineData(1.9)]
    public void Build_PitchWithinVariantRange_PitchFromCurveNoResidual(double pitchRate)
    {
        var invocation = EspeakArguments.Build(Voice, "en-us", 1, pitchRate);

        Assert.Equal(1, invocation.RateFactor);
        Assert.Equal(50 + 50 * Math.Log2(pitchRate), invocation.Pitch, 0.5);
        Assert.Equal(175, invocation.Speed);
    }

    [Fact]
    public void Build_PitchBeyondVariantRange_ResidualShiftWithCompensatedSpeed()
    {
        var high = EspeakArguments.Build(Voice, "en-us", 1, 2.5);
        var low = EspeakArguments.Build(Voice, "en-us", 1, 0.3);

        Assert.Equal(99, high.Pitch);
        Assert.Equal(500 / Variant.Pitch.F0At(99), high.RateFactor, 0.01);
        Assert.Equal(175 / high.RateFactor, high.Speed, 1.0);
        Assert.Equal(0, low.Pitch);
        Assert.Equal(0.6, low.RateFactor, 0.01);
    }
}
