using Audiobook.Core.Costs;
using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Tests.Catalog;

public sealed class TtsModelCatalogTests
{
    [Theory]
    [InlineData("qwen3-tts-flash-realtime", 49)]
    [InlineData("qwen3-tts-flash-realtime-2025-11-27", 49)]
    [InlineData("qwen3-tts-instruct-flash-realtime", 49)]
    [InlineData("qwen3-tts-flash-realtime-2025-09-18", 17)]
    [InlineData("qwen-tts-realtime", 4)]
    [InlineData("qwen-tts-realtime-latest", 4)]
    [InlineData("qwen3-tts-vc-realtime-2026-01-15", 0)]
    [InlineData("qwen3-tts-vd-realtime-2025-12-16", 0)]
    [InlineData("no-such-model", 0)]
    public void VoicesFor_Model_DocumentedVoiceCount(string model, int count) =>
        Assert.Equal(count, TtsModelCatalog.VoicesFor(model).Count);

    [Theory]
    [InlineData("qwen3-tts-flash-realtime", 180)]
    [InlineData("qwen3-tts-flash-realtime-2025-09-18", 10)]
    [InlineData("qwen3-tts-instruct-flash-realtime-2026-01-22", 180)]
    [InlineData("qwen3-tts-vc-realtime-2025-11-27", 180)]
    [InlineData("qwen-tts-realtime-2025-07-15", 10)]
    [InlineData("qwen-voice-enrollment", 180)]
    public void RequestsPerMinute_Model_DocumentedLimit(string model, int rpm) =>
        Assert.Equal(rpm, TtsModelCatalog.RequestsPerMinute(model));

    [Fact]
    public void RequestsPerMinute_UnknownModel_Throws() =>
        Assert.Throws<ArgumentException>(() => TtsModelCatalog.RequestsPerMinute("gpt-4o"));

    [Fact]
    public void Find_QwenTtsRealtime_TokensPcm24000NoAudioParameters()
    {
        var model = TtsModelCatalog.Find("qwen-tts-realtime")!;

        Assert.Equal(BillingUnit.Tokens, model.Billing);
        Assert.Equal(["pcm"], model.ResponseFormats);
        Assert.Equal([24000], model.SampleRates);
        Assert.False(model.SupportsAudioParameters);
        Assert.Equal(100_000, model.TokensPerMinute);
        Assert.Equal(["Cherry", "Serena", "Ethan", "Chelsie"], model.SystemVoices.Select(v => v.Name));
    }

    [Fact]
    public void Find_FlashAndVcVdModels_CapabilitiesAndVoiceKinds()
    {
        var flash = TtsModelCatalog.Find("qwen3-tts-flash-realtime")!;
        Assert.Equal(BillingUnit.Characters, flash.Billing);
        Assert.Equal(["pcm", "wav", "mp3", "opus"], flash.ResponseFormats);
        Assert.Equal([8000, 16000, 24000, 48000], flash.SampleRates);
        Assert.Equal("qwen3-tts-flash-realtime-2025-11-27", flash.AliasOf);
        Assert.False(flash.SupportsInstructions);
        Assert.True(TtsModelCatalog.Find("qwen3-tts-instruct-flash-realtime")!.SupportsInstructions);
        Assert.Equal(VoiceKind.Cloned, TtsModelCatalog.Find("qwen3-tts-vc-realtime-2026-01-15")!.VoiceKind);
        Assert.Equal(VoiceKind.Designed, TtsModelCatalog.Find("qwen3-tts-vd-realtime-2026-01-15")!.VoiceKind);
        Assert.Null(TtsModelCatalog.Find("QWEN3-TTS-FLASH-REALTIME"));
    }

    [Fact]
    public void IsSystemVoice_CaseSensitiveNamesWithSpaces()
    {
        Assert.True(TtsModelCatalog.IsSystemVoice("qwen3-tts-flash-realtime", "Eldric Sage"));
        Assert.True(TtsModelCatalog.IsSystemVoice("qwen3-tts-flash-realtime", "Ono Anna"));
        Assert.False(TtsModelCatalog.IsSystemVoice("qwen3-tts-flash-realtime", "eldric sage"));
        Assert.False(TtsModelCatalog.IsSystemVoice("qwen3-tts-flash-realtime-2025-09-18", "Momo"));
        Assert.True(TtsModelCatalog.IsSystemVoice("qwen3-tts-flash-realtime-2025-09-18", "Kiki"));
        Assert.False(TtsModelCatalog.IsSystemVoice("unknown", "Cherry"));
    }

    [Theory]
    [InlineData("Rocky", VoiceDialect.Cantonese, VoiceGender.Male)]
    [InlineData("Kiki", VoiceDialect.Cantonese, VoiceGender.Female)]
    [InlineData("Jada", VoiceDialect.Shanghainese, VoiceGender.Female)]
    [InlineData("Dylan", VoiceDialect.Beijing, VoiceGender.Male)]
    [InlineData("Li", VoiceDialect.Nanjing, VoiceGender.Male)]
    [InlineData("Marcus", VoiceDialect.Shaanxi, VoiceGender.Male)]
    [InlineData("Roy", VoiceDialect.Minnan, VoiceGender.Male)]
    [InlineData("Peter", VoiceDialect.Tianjin, VoiceGender.Male)]
    [InlineData("Sunny", VoiceDialect.Sichuan, VoiceGender.Female)]
    [InlineData("Eric", VoiceDialect.Sichuan, VoiceGender.Male)]
    [InlineData("Cherry", VoiceDialect.Mandarin, VoiceGender.Female)]
    [InlineData("Elias", VoiceDialect.Mandarin, VoiceGender.Female)]
    public void FindVoice_DialectAndGenderFromVoiceTable(string name, VoiceDialect dialect, VoiceGender gender)
    {
        var voice = TtsModelCatalog.FindVoice(name)!;

        Assert.Equal(dialect, voice.Dialect);
        Assert.Equal(gender, voice.Gender);
        Assert.Equal(10, voice.Languages.Count);
    }

    [Fact]
    public void SystemVoices_AgeHints_FollowDescriptions()
    {
        Assert.Equal(VoiceAge.Old, TtsModelCatalog.FindVoice("Eldric Sage")!.Age);
        Assert.Equal(VoiceAge.Old, TtsModelCatalog.FindVoice("Ebona")!.Age);
        Assert.Equal(VoiceAge.Child, TtsModelCatalog.FindVoice("Bella")!.Age);
        Assert.Equal(VoiceAge.Child, TtsModelCatalog.FindVoice("Pip")!.Age);
        Assert.Equal("芊悦", TtsModelCatalog.FindVoice("Cherry")!.DisplayName);
        Assert.Equal(49, TtsModelCatalog.SystemVoices.Select(v => v.Name).Distinct().Count());
    }
}
