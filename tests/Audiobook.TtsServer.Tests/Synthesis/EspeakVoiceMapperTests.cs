using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

public sealed class EspeakVoiceMapperTests
{
    [Fact]
    public void ForSystemVoice_All49_DistinctEspeakSettings()
    {
        var settings = TtsModelCatalog.SystemVoices
            .Select(v => EspeakArguments.Build(EspeakVoiceMapper.ForSystemVoice(v), "en-us", 1, 1))
            .Select(i => (i.Voice, i.Pitch, i.Speed, i.WordGap, i.Amplitude, i.RateFactor))
            .ToList();

        Assert.Equal(49, settings.Distinct().Count());
    }

    [Fact]
    public void ForSystemVoice_SameName_SameSettingsEveryTime() =>
        Assert.Equal(
            EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice("Katerina")!),
            EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice("Katerina")!));

    [Fact]
    public void ForSystemVoice_Character_ChildHighOldManLowAndSlow()
    {
        var child = EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice("Bella")!);
        var oldMan = EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice("Eldric Sage")!);
        var woman = EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice("Cherry")!);

        Assert.True(child.TargetF0 > woman.TargetF0);
        Assert.True(woman.TargetF0 > 1.5 * oldMan.TargetF0);
        Assert.True(oldMan.SpeedFactor < 0.8);
        Assert.True(oldMan.WordGap > 0);
    }

    [Theory]
    [InlineData("Rocky", true)]
    [InlineData("Kiki", true)]
    [InlineData("Jada", false)]
    [InlineData("Cherry", false)]
    public void ForSystemVoice_CantoneseOnlyForCantoneseVoices(string name, bool cantonese) =>
        Assert.Equal(cantonese, EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice(name)!).Cantonese);

    [Fact]
    public void FromMeasurements_LowF0_MalePoolAndTargetKept()
    {
        var voice = EspeakVoiceMapper.FromMeasurements("qwen-tts-vc-x", 110, 1.2);

        Assert.Contains(voice.Variant, EspeakVariants.AdultMale);
        Assert.Equal(110, voice.TargetF0);
        Assert.Equal(1.2, voice.SpeedFactor);
        Assert.Contains(EspeakVoiceMapper.FromMeasurements("qwen-tts-vc-y", 220, 1).Variant, EspeakVariants.AdultFemale);
    }
}
