using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Customization;

public sealed class EnrollmentTests : IAsyncLifetime
{
    private const string Sample = "This is my reference recording. I read a few sentences so the service can learn the sound of my voice.";
    private LocalTtsServer _server = null!;
    private CustomizationTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServers.StartAsync();
        _client = new CustomizationTestClient(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CreateListDelete_Roundtrip_DocumentedShapes()
    {
        var wav = await AudioTools.EspeakWavAsync("en-us+m3", 40, 175, Sample);
        var voice = await _client.CloneAsync(wav, "guanyu");
        Assert.Matches("^qwen-tts-vc-guanyu-voice-[0-9]{17}-[0-9a-f]{4}$", voice);

        var (listStatus, list) = await _client.PostAsync(CustomizationTestClient.Enrollment("list", new { page_index = 0, page_size = 10 }));
        Assert.Equal(200, listStatus);
        var item = Assert.Single(list["output"]!["voice_list"]!.AsArray())!;
        Assert.Equal(voice, item["voice"]!.GetValue<string>());
        Assert.Equal("qwen3-tts-vc-realtime-2026-01-15", item["target_model"]!.GetValue<string>());
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", item["gmt_create"]!.GetValue<string>());
        Assert.Equal(0, list["usage"]!["count"]!.GetValue<int>());
        Assert.NotNull(list["request_id"]);

        var (deleteStatus, deleted) = await _client.PostAsync(CustomizationTestClient.Enrollment("delete", new { voice }));
        Assert.Equal(200, deleteStatus);
        Assert.Equal(voice, deleted["output"]!["voice"]!.GetValue<string>());

        var (againStatus, again) = await _client.PostAsync(CustomizationTestClient.Enrollment("delete", new { voice }));
        Assert.Equal(400, againStatus);
        Assert.Equal("BadRequest.VoiceNotFound", again["code"]!.GetValue<string>());
        Assert.Equal($"Voice '{voice}' not found.", again["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClonedVoice_Synthesis_PitchFollowsReferenceSample()
    {
        var low = await AudioTools.EspeakWavAsync("en-us+m3", 20, 175, Sample);
        var high = await AudioTools.EspeakWavAsync("en-us+f2", 85, 175, Sample);
        var lowF0 = F0(await AudioTools.DecodeAsync(low, 16000));
        var highF0 = F0(await AudioTools.DecodeAsync(high, 16000));
        var lowVoice = await _client.CloneAsync(low, "low");
        var highVoice = await _client.CloneAsync(high, "high");

        var lowOut = F0(Pcm16.ToSamples((await TestServers.SynthesizeAsync(_server, new { voice = lowVoice, mode = "commit" }, Sample, "qwen3-tts-vc-realtime-2026-01-15")).Audio()), 24000);
        var highOut = F0(Pcm16.ToSamples((await TestServers.SynthesizeAsync(_server, new { voice = highVoice, mode = "commit" }, Sample, "qwen3-tts-vc-realtime-2026-01-15")).Audio()), 24000);

        Assert.InRange(lowOut / lowF0, 0.85, 1.15);
        Assert.InRange(highOut / highF0, 0.85, 1.15);
    }

    [Fact]
    public async Task ClonedVoice_Synthesis_PaceFollowsReferenceSample()
    {
        var slow = await _client.CloneAsync(await AudioTools.EspeakWavAsync("en-us+m3", 50, 110, Sample), "slow", text: Sample);
        var fast = await _client.CloneAsync(await AudioTools.EspeakWavAsync("en-us+m3", 50, 260, Sample), "fast", text: Sample);

        var slowLength = (await TestServers.SynthesizeAsync(_server, new { voice = slow, mode = "commit" }, Sample, "qwen3-tts-vc-realtime-2026-01-15")).Audio().Length;
        var fastLength = (await TestServers.SynthesizeAsync(_server, new { voice = fast, mode = "commit" }, Sample, "qwen3-tts-vc-realtime-2026-01-15")).Audio().Length;

        Assert.True(slowLength > 1.5 * fastLength, $"slow {slowLength} bytes vs fast {fastLength} bytes");
    }

    [Fact]
    public async Task ClonedVoice_OtherTargetModelOrSystemModel_NotSupported()
    {
        var voice = await _client.CloneAsync(await AudioTools.EspeakWavAsync("en-us+m3", 40, 175, Sample), "scoped", "qwen3-tts-vc-realtime-2025-11-27");

        foreach (var model in new[] { "qwen3-tts-vc-realtime-2026-01-15", "qwen3-tts-flash-realtime", "qwen3-tts-vd-realtime-2026-01-15" })
        {
            await using var client = await RealtimeTestClient.ConnectAsync(_server, model);
            await client.ReceiveUntilAsync("session.created");
            await client.UpdateSessionAsync(new { voice });
            var events = await client.ReceiveUntilClosedAsync();
            Assert.Equal($"The requested voice '{voice}' is not supported.", events.Single("error").ErrorMessage());
        }

        var ok = await TestServers.SynthesizeAsync(_server, new { voice, mode = "commit" }, "Fine.", "qwen3-tts-vc-realtime-2025-11-27");
        Assert.Contains("response.done", ok.Types());
    }

    [Theory]
    [InlineData("bad-name!", "qwen3-tts-vc-realtime-2026-01-15", "InvalidParameter")]
    [InlineData("seventeen_chars__", "qwen3-tts-vc-realtime-2026-01-15", "InvalidParameter")]
    [InlineData("ok", "qwen3-tts-flash-realtime", "InvalidParameter")]
    [InlineData("ok", "qwen3-tts-vd-realtime-2026-01-15", "InvalidParameter")]
    public async Task Create_InvalidNameOrTarget_InvalidParameter(string name, string target, string code)
    {
        var (status, body) = await _client.PostAsync(CustomizationTestClient.Enrollment("create", new
        {
            target_model = target, preferred_name = name, audio = new { data = "data:audio/wav;base64,AAAA" },
        }));

        Assert.Equal(400, status);
        Assert.Equal(code, body["code"]!.GetValue<string>());
        Assert.NotNull(body["request_id"]);
    }

    [Fact]
    public async Task Create_AudioProblems_DocumentedAudioErrors()
    {
        async Task<string> CodeAsync(string data)
        {
            var (status, body) = await _client.PostAsync(CustomizationTestClient.Enrollment("create", new
            {
                target_model = "qwen3-tts-vc-realtime-2026-01-15", preferred_name = "x", audio = new { data },
            }));
            Assert.Equal(400, status);
            return body["code"]!.GetValue<string>();
        }

        var shortSpeech = await AudioTools.EspeakWavAsync("en-us", 50, 175, "Hi.");
        var longSilence = await SilenceWavAsync(61, 16000);
        var lowRate = await ResampleWavAsync(await AudioTools.EspeakWavAsync("en-us", 50, 175, Sample), 8000);

        Assert.Equal("Audio.DecoderError", await CodeAsync("data:audio/wav;base64," + Convert.ToBase64String("not audio at all"u8.ToArray())));
        Assert.Equal("Audio.DecoderError", await CodeAsync("data:audio/wav;base64,@@@"));
        Assert.Equal("Audio.PreprocessError", await CodeAsync("data:audio/wav;base64," + Convert.ToBase64String(shortSpeech)));
        Assert.Equal("Audio.DurationLimitError", await CodeAsync("data:audio/wav;base64," + Convert.ToBase64String(longSilence)));
        Assert.Equal("Audio.AudioRateError", await CodeAsync("data:audio/wav;base64," + Convert.ToBase64String(lowRate)));
        Assert.Equal("BadRequest.InputDownloadFailed", await CodeAsync("https://example.com/sample.wav"));
        Assert.Equal("InvalidParameter", await CodeAsync("plain text"));
    }

    [Fact]
    public async Task Create_QuotaReached_Http400AllocationQuota()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { MaxCustomVoicesPerKind = 1 });
        var client = new CustomizationTestClient(server);
        var wav = await AudioTools.EspeakWavAsync("en-us+m3", 40, 175, Sample);
        await client.CloneAsync(wav, "first");

        var (status, body) = await client.PostAsync(CustomizationTestClient.Enrollment("create", new
        {
            target_model = "qwen3-tts-vc-realtime-2026-01-15", preferred_name = "second",
            audio = new { data = "data:audio/wav;base64," + Convert.ToBase64String(wav) },
        }));

        Assert.Equal(400, status);
        Assert.Equal("Throttling.AllocationQuota", body["code"]!.GetValue<string>());
        Assert.Equal("Maximum voice storage limit exceeded, please delete existing voices.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_WithoutKeyOrBadEnvelope_401And400()
    {
        var (unauthorized, body) = await _client.PostAsync(CustomizationTestClient.Enrollment("list", new { }), apiKey: null);
        Assert.Equal(401, unauthorized);
        Assert.Equal("InvalidApiKey", body["code"]!.GetValue<string>());

        var (badModel, _) = await _client.PostAsync(new { model = "qwen-voice-cloning", input = new { action = "list" } });
        Assert.Equal(400, badModel);
        var (badAction, actionBody) = await _client.PostAsync(CustomizationTestClient.Enrollment("query", new { voice = "x" }));
        Assert.Equal(400, badAction);
        Assert.Equal("InvalidParameter", actionBody["code"]!.GetValue<string>());
    }

    private static double F0(short[] samples, int rate = 16000) =>
        PitchEstimator.EstimateMedianF0(samples, rate) ?? throw new InvalidOperationException("unvoiced");

    private static async Task<byte[]> SilenceWavAsync(int seconds, int rate)
    {
        var pcm = new byte[seconds * rate * 2];
        return [.. WavHeader.Create(rate, (uint)pcm.Length), .. pcm];
    }

    private static async Task<byte[]> ResampleWavAsync(byte[] wav, int rate)
    {
        var samples = await AudioTools.DecodeAsync(wav, rate);
        var pcm = Pcm16.ToBytes(samples);
        return [.. WavHeader.Create(rate, (uint)pcm.Length), .. pcm];
    }
}
