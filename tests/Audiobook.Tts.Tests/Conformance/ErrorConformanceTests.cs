using Audiobook.Tts.Protocol;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class ErrorConformanceTests(LocalServerFixture server) : IClassFixture<LocalServerFixture>
{
    [Fact]
    public async Task ConnectAsync_MissingKey_Rejected401Permanent()
    {
        var client = new QwenRealtimeClient(server.OptionsWithKey(null));

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None));

        Assert.Equal(401, ex.HttpStatus);
        Assert.False(ex.IsRetryable);
        Assert.Contains("DASHSCOPE_API_KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_WrongKey_Rejected401AndKeyNotInMessage()
    {
        const string wrongKey = "sk-wrong-but-secret";
        var client = new QwenRealtimeClient(server.OptionsWithKey(wrongKey));

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None));

        Assert.Equal(401, ex.HttpStatus);
        Assert.Equal("InvalidApiKey", ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.DoesNotContain(wrongKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_UnknownModel_RejectedPermanently()
    {
        var ex = await Assert.ThrowsAsync<TtsException>(() => server.Client.ConnectAsync("qwen9-tts-imaginary", CancellationToken.None));

        Assert.Equal(404, ex.HttpStatus);
        Assert.False(ex.IsRetryable);
    }

    [Theory]
    [InlineData(LocalServerFixture.FlashModel, "NoSuchVoice")]
    [InlineData(LocalServerFixture.FlashModel, "cherry")] // voices are case-sensitive (§2.2)
    [InlineData(LocalServerFixture.CloneModel, "Cherry")] // vc models accept only cloned voices (§2.1)
    [InlineData(LocalServerFixture.DesignModel, "Ethan")]
    [InlineData(LocalServerFixture.FlashModel, "qwen-tts-vc-ghost-voice-20250812105009984-838b")]
    public async Task UpdateAsync_VoiceNotForThisModel_InvalidValueAndClosed(string model, string voice)
    {
        await using var session = await server.Client.ConnectAsync(model, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.UpdateAsync(LocalServerFixture.Commit(voice), CancellationToken.None));

        Assert.Equal("invalid_value", ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.Contains($"The requested voice '{voice}' is not supported.", ex.Message, StringComparison.Ordinal);
        Assert.False(session.IsOpen);
    }

    public static TheoryData<string, SessionConfig> BadValues() => new()
    {
        { "sample_rate", new SessionConfig { Voice = "Cherry", SampleRate = 12345 } },
        { "speech_rate", new SessionConfig { Voice = "Cherry", SpeechRate = 5 } },
        { "pitch_rate", new SessionConfig { Voice = "Cherry", PitchRate = 0.1 } },
        { "volume", new SessionConfig { Voice = "Cherry", Volume = 101 } },
        { "bit_rate", new SessionConfig { Voice = "Cherry", BitRate = 1000 } },
        { "response_format", new SessionConfig { Voice = "Cherry", ResponseFormat = "flac" } },
        { "language_type", new SessionConfig { Voice = "Cherry", LanguageType = "Klingon" } },
        { "mode", new SessionConfig { Voice = "Cherry", Mode = "manual" } },
        { "instructions", new SessionConfig { Voice = "Cherry", Instructions = "whisper" } }, // only the instruct model takes them
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task UpdateAsync_BadValue_InvalidValuePermanentNamingTheField(string field, SessionConfig config)
    {
        await using var session = await server.Client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.UpdateAsync(config, CancellationToken.None));

        Assert.Equal("invalid_value", ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task CommitAsync_EmptyBuffer_FailsWithInvalidValue()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());

        await session.CommitAsync(CancellationToken.None);
        var ex = await Assert.ThrowsAsync<TtsException>(async () =>
        {
            await foreach (var unused in session.ReadResponsesAsync(CancellationToken.None))
            {
            }
        });

        Assert.Equal("invalid_value", ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task UpdateAsync_SecondUpdateAfterSynthesisStarted_RejectedWithDocumentedMessage()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());
        await LocalServerFixture.SynthesizeAsync(session, "Synthesis has started.");

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.UpdateAsync(LocalServerFixture.Commit("Ethan"), CancellationToken.None));

        Assert.Equal("invalid_value", ex.Code);
        Assert.Contains("Session update error: session already started or finished or failed.", ex.Message, StringComparison.Ordinal);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task UpdateAsync_BeforeAnyText_CanBeRepeated()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());

        var echo = await session.UpdateAsync(LocalServerFixture.Commit("Ethan", AudioFormats.Wav, 16000), CancellationToken.None);

        Assert.Equal("Ethan", echo.Voice);
        Assert.Equal(AudioFormats.Wav, echo.ResponseFormat);
        Assert.Equal(16000, echo.SampleRate);
        Assert.Equal(echo, session.Session);
    }
}
