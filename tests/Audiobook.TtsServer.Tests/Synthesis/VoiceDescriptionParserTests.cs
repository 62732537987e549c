using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

public sealed class VoiceDescriptionParserTests
{
    [Theory]
    [InlineData("deep old man", VoiceGender.Male, VoiceAge.Old, "deep")]
    [InlineData("低沉的老年男性", VoiceGender.Male, VoiceAge.Old, "deep")]
    [InlineData("young bright woman", VoiceGender.Female, VoiceAge.Young, "bright")]
    [InlineData("年轻明亮的女声", VoiceGender.Female, VoiceAge.Young, "bright")]
    [InlineData("A calm middle-aged male announcer, deep and magnetic", VoiceGender.Male, VoiceAge.Adult, "calm")]
    [InlineData("活泼的小女孩，语速快", VoiceGender.Female, VoiceAge.Child, "fast")]
    public void Parse_Description_GenderAgeAndTrait(string text, VoiceGender gender, VoiceAge age, string trait)
    {
        var description = VoiceDescriptionParser.Parse(text);

        Assert.Equal(gender, description.Gender);
        Assert.Equal(age, description.Age);
        Assert.Contains(trait, description.Traits);
    }

    [Fact]
    public void Parse_NoKeywords_NothingKnownButStableCharacter()
    {
        var description = VoiceDescriptionParser.Parse("A voice for reading.");

        Assert.Null(description.Gender);
        Assert.Null(description.Age);
        Assert.Equal(description.ToCharacter("key-1"), description.ToCharacter("key-1"));
        Assert.Equal(VoiceAge.Adult, description.ToCharacter("key-1").Age);
    }

    [Fact]
    public void Multipliers_Instructions_SlowAndDeepLowerSpeedAndPitch()
    {
        var description = VoiceDescriptionParser.Parse("Please read slowly with a deep voice");

        Assert.True(description.PitchMultiplier < 1);
        Assert.True(description.SpeedMultiplier < 1);
    }
}
