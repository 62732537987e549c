using Audiobook.Rendering.Synthesis;

namespace Audiobook.Rendering.Tests.Synthesis;

public sealed class AudioPlausibilityTests
{
    private const int Rate = 24000;

    private static short[] Tone(double seconds)
    {
        var samples = new short[(int)(seconds * Rate)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(8000 * Math.Sin(2 * Math.PI * 220 * i / Rate));
        }

        return samples;
    }

    [Fact]
    public void Check_NormalEnglishSentence_IsPlausible() =>
        Assert.Null(AudioPlausibility.Check("The quick brown fox jumps over the lazy dog.", "English", Tone(2.8), Rate, 1.0));

    [Fact]
    public void Check_TruncatedAudio_IsTooShort() =>
        Assert.StartsWith("too short", AudioPlausibility.Check("The quick brown fox jumps over the lazy dog again and again.", "English", Tone(0.3), Rate, 1.0));

    [Fact]
    public void Check_RunawayAudio_IsTooLong() =>
        Assert.StartsWith("too long", AudioPlausibility.Check("Hello there.", "English", Tone(30), Rate, 1.0));

    [Fact]
    public void Check_Silence_IsSilent() =>
        Assert.StartsWith("silent", AudioPlausibility.Check("Hello there.", "English", new short[Rate], Rate, 1.0));

    [Fact]
    public void Check_Empty_IsNoAudio() =>
        Assert.Equal("no audio", AudioPlausibility.Check("Hello there.", "English", [], Rate, 1.0));

    [Fact]
    public void Check_ChineseAtNaturalPace_IsPlausible() =>
        Assert.Null(AudioPlausibility.Check("今天天气很好，我们去公园散步吧。", "Chinese", Tone(3.5), Rate, 1.0));

    [Fact]
    public void Check_ChineseTextUnderAuto_JudgedAtChineseSpeakingRate() =>
        // 15 汉字 in 10 s is slow but possible Chinese; 15 letters in 10 s would be runaway audio.
        Assert.Null(AudioPlausibility.Check("今天天气很好，我们去公园散步吧。", "Auto", Tone(10), Rate, 1.0));

    [Fact]
    public void Check_LatinTextUnderAuto_JudgedAtLatinSpeakingRate() =>
        Assert.StartsWith("too long", AudioPlausibility.Check("Fifteen letters", "Auto", Tone(10), Rate, 1.0));
}
