using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

public sealed class EspeakArgumentsTests
{
    private static readonly EspeakVoice Voice = new(new EspeakVariant("f2", 200, 3000), 200, 1.0, 0, 100, false);

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

    [Fact]
    public void Build_PitchBeyondEspeakRange_ResidualShiftWithCompensatedSpeed()
    {
        var high = EspeakArguments.Build(Voice, "en-us", 1, 2);
        var low = EspeakArguments.Build(Voice, "en-us", 1, 0.5);

        Assert.Equal(99, high.Pitch);
        Assert.Equal(2 / EspeakArguments.FactorAt(99), high.RateFactor, 0.01);
        Assert.Equal(175 / high.RateFactor, high.Speed, 1.0);
        Assert.Equal(0, low.Pitch);
        Assert.Equal(0.5 / EspeakArguments.FactorAt(0), low.RateFactor, 0.01);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(1.0)]
    [InlineData(1.4)]
    public void PitchFor_InverseOfFactorAt(double factor) =>
        Assert.Equal(factor, EspeakArguments.FactorAt(EspeakArguments.PitchFor(factor)), 1e-9);
}
