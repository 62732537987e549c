using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;
using Audiobook.TtsServer.Realtime;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class SessionUpdateValidatorTests
{
    private static readonly SessionSettings Defaults = new() { Id = "sess_x", Model = "qwen3-tts-flash-realtime" };

    [Fact]
    public void Apply_PartialUpdate_MergesAndKeepsOtherFields()
    {
        var outcome = SessionUpdateValidator.Apply(Defaults, new SessionConfig { Voice = "Ethan", SampleRate = 48000, SpeechRate = 1.5 },
            TtsModelCatalog.Find("qwen3-tts-flash-realtime"), null);

        Assert.Null(outcome.Error);
        Assert.Equal("Ethan", outcome.Settings!.Voice);
        Assert.Equal(48000, outcome.Settings.SampleRate);
        Assert.Equal(1.5, outcome.Settings.SpeechRate);
        Assert.Equal("server_commit", outcome.Settings.Mode);
        Assert.Equal(50, outcome.Settings.Volume);
    }

    [Fact]
    public void Apply_QwenTtsRealtimeDefaults_Accepted()
    {
        var outcome = SessionUpdateValidator.Apply(Defaults with { Model = "qwen-tts-realtime" },
            new SessionConfig { Voice = "Chelsie", ResponseFormat = "pcm", SampleRate = 24000, SpeechRate = 1.0, Volume = 50 },
            TtsModelCatalog.Find("qwen-tts-realtime"), null);

        Assert.Null(outcome.Error);
    }

    [Fact]
    public void Apply_InstructModel_InstructionsKept()
    {
        var outcome = SessionUpdateValidator.Apply(Defaults, new SessionConfig { Instructions = "Speak slowly and deeply", OptimizeInstructions = true },
            TtsModelCatalog.Find("qwen3-tts-instruct-flash-realtime"), null);

        Assert.Equal("Speak slowly and deeply", outcome.Settings!.Instructions);
        Assert.True(outcome.Settings.ToUpdatedConfig().OptimizeInstructions);
    }

    [Fact]
    public void ToCreatedConfig_OnlyDocumentedFields()
    {
        var json = System.Text.Encoding.UTF8.GetString(ProtocolJson.Serialize(new SessionCreatedEvent { Session = Defaults.ToCreatedConfig() }));

        Assert.DoesNotContain("speech_rate", json, StringComparison.Ordinal);
        Assert.Contains("\"object\":\"realtime.session\"", json, StringComparison.Ordinal);
    }
}
