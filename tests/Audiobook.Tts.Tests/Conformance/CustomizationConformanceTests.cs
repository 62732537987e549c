using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class CustomizationConformanceTests(LocalServerFixture server) : IClassFixture<LocalServerFixture>, IDisposable
{
    // Cloning wants at least 3 s of continuous speech (§7.2); this reads for about 8 s.
    private const string SampleText = "This is a reference recording for the voice clone, spoken clearly and calmly by one speaker in a quiet room, without music.";
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task ClonedVoice_CreateListSynthesizeDelete_RoundTrips()
    {
        var sample = await Espeak.SpeakWavAsync(SampleText, 50, _files.Path);
        var customization = server.Customization;

        var voice = await customization.CreateClonedVoiceAsync(
            LocalServerFixture.CloneModel, "roundtrip", sample, "audio/wav", null, "en", CancellationToken.None);
        Assert.Matches("^qwen-tts-vc-roundtrip-voice-[0-9]{17}-[0-9a-f]{4}$", voice.Voice);
        Assert.Equal(LocalServerFixture.CloneModel, voice.TargetModel);

        var page = await customization.ListClonedVoicesAsync(0, 100, CancellationToken.None);
        var listed = Assert.Single(page.Voices, v => v.Voice == voice.Voice);
        Assert.Equal(LocalServerFixture.CloneModel, listed.TargetModel);
        Assert.NotNull(listed.CreatedAt);

        await using (var session = await server.OpenAsync(LocalServerFixture.CloneModel, LocalServerFixture.Commit(voice.Voice)))
        {
            var audio = await LocalServerFixture.SynthesizeAsync(session, "Speaking with a cloned voice.");
            var (_, pcm) = await AudioCheck.AnalyzeAsync(audio, AudioFormats.Pcm, 24000, _files);
            AudioCheck.AssertAudible(pcm, "cloned voice");
        }

        // A cloned voice works only on its target model.
        await using (var other = await server.Client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None))
        {
            var wrongModel = await Assert.ThrowsAsync<TtsException>(() => other.UpdateAsync(LocalServerFixture.Commit(voice.Voice), CancellationToken.None));
            Assert.Equal("invalid_value", wrongModel.Code);
        }

        await customization.DeleteClonedVoiceAsync(voice.Voice, CancellationToken.None);
        var after = await customization.ListClonedVoicesAsync(0, 100, CancellationToken.None);
        Assert.DoesNotContain(after.Voices, v => v.Voice == voice.Voice);
        var gone = await Assert.ThrowsAsync<TtsException>(() => customization.DeleteClonedVoiceAsync(voice.Voice, CancellationToken.None));
        Assert.Equal("BadRequest.VoiceNotFound", gone.Code);
        Assert.Equal(400, gone.HttpStatus);
        Assert.False(gone.IsRetryable);
    }

    [Fact]
    public async Task DesignedVoice_CreateListQueryDelete_ReturnsPreviewAudio()
    {
        var customization = server.Customization;
        const string prompt = "A calm middle-aged male announcer, deep and magnetic, speaking slowly.";
        const string preview = "Dear listeners, good evening, and welcome to the late news.";

        var created = await customization.CreateDesignedVoiceAsync(
            LocalServerFixture.DesignModel, prompt, preview, "announcer", "en", 24000, AudioFormats.Wav, CancellationToken.None);

        Assert.Matches("^qwen-tts-vd-announcer-voice-[0-9]{14}-[0-9a-f]{4}$", created.Voice);
        Assert.Equal(LocalServerFixture.DesignModel, created.TargetModel);
        Assert.Equal(24000, created.PreviewSampleRate);
        Assert.Equal(AudioFormats.Wav, created.PreviewFormat);
        var (probe, pcm) = await AudioCheck.AnalyzeAsync(created.PreviewAudio.ToArray(), AudioFormats.Wav, 24000, _files);
        Assert.Equal(24000, probe.SampleRate);
        AudioCheck.AssertAudible(pcm, "design preview");

        var page = await customization.ListDesignedVoicesAsync(0, 10, CancellationToken.None);
        Assert.Contains(page.Voices, v => v.Voice == created.Voice && v.VoicePrompt == prompt);
        Assert.True(page.TotalCount >= 1);

        var queried = await customization.QueryDesignedVoiceAsync(created.Voice, CancellationToken.None);
        Assert.Equal(prompt, queried.VoicePrompt);
        Assert.Equal(preview, queried.PreviewText);
        Assert.Equal(LocalServerFixture.DesignModel, queried.TargetModel);

        await using (var session = await server.OpenAsync(LocalServerFixture.DesignModel, LocalServerFixture.Commit(created.Voice)))
        {
            var audio = await LocalServerFixture.SynthesizeAsync(session, "Speaking with a designed voice.");
            var (_, spoken) = await AudioCheck.AnalyzeAsync(audio, AudioFormats.Pcm, 24000, _files);
            AudioCheck.AssertAudible(spoken, "designed voice");
        }

        await customization.DeleteDesignedVoiceAsync(created.Voice, CancellationToken.None);
        var missing = await Assert.ThrowsAsync<TtsException>(() => customization.QueryDesignedVoiceAsync(created.Voice, CancellationToken.None));
        Assert.Equal("VoiceNotFound", missing.Code);
        Assert.Equal(400, missing.HttpStatus);
    }

    [Theory]
    [InlineData(AudioFormats.Mp3, 16000)]
    [InlineData(AudioFormats.Pcm, 8000)]
    public async Task CreateDesignedVoiceAsync_PreviewFormat_IsHonoured(string format, int rate)
    {
        var created = await server.Customization.CreateDesignedVoiceAsync(
            LocalServerFixture.DesignModel, "A bright young female voice.", "Hello, this is a preview of the voice.", null, "en", rate, format,
            CancellationToken.None);

        Assert.Equal(format, created.PreviewFormat);
        Assert.Equal(rate, created.PreviewSampleRate);
        var (probe, pcm) = await AudioCheck.AnalyzeAsync(created.PreviewAudio.ToArray(), format, rate, _files);
        Assert.Equal(rate, probe.SampleRate);
        AudioCheck.AssertAudible(pcm, format);
        await server.Customization.DeleteDesignedVoiceAsync(created.Voice, CancellationToken.None);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("this_name_is_far_too_long")]
    public async Task CreateClonedVoiceAsync_InvalidPreferredName_Rejected400(string name)
    {
        var sample = await Espeak.SpeakWavAsync(SampleText, 50, _files.Path);

        var ex = await Assert.ThrowsAsync<TtsException>(() => server.Customization.CreateClonedVoiceAsync(
            LocalServerFixture.CloneModel, name, sample, "audio/wav", null, null, CancellationToken.None));

        Assert.Equal(400, ex.HttpStatus);
        Assert.False(ex.IsRetryable);
        Assert.NotNull(ex.Code);
    }

    [Fact]
    public async Task CreateClonedVoiceAsync_NotAudio_RejectedWithAudioError()
    {
        var ex = await Assert.ThrowsAsync<TtsException>(() => server.Customization.CreateClonedVoiceAsync(
            LocalServerFixture.CloneModel, "garbage", "this is not audio"u8.ToArray(), "audio/wav", null, null, CancellationToken.None));

        Assert.Equal(400, ex.HttpStatus);
        Assert.StartsWith("Audio.", ex.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customization_WrongKey_Rejected401()
    {
        using var http = new HttpClient();
        var client = new Audiobook.Tts.Customization.VoiceCustomizationClient(http, server.OptionsWithKey("sk-not-this-one"));

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ListClonedVoicesAsync(0, 10, CancellationToken.None));

        Assert.Equal(401, ex.HttpStatus);
        Assert.False(ex.IsRetryable);
        Assert.DoesNotContain("sk-not-this-one", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
