using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Customization;

public sealed class DesignTests : IAsyncLifetime
{
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
    public async Task Create_PreviewInRequestedFormat_AndDocumentedShape()
    {
        var body = await _client.DesignAsync("A calm middle-aged male announcer", "announcer");
        var output = body["output"]!;
        Assert.Matches("^qwen-tts-vd-announcer-voice-[0-9]{14}-[0-9a-f]{4}$", output["voice"]!.GetValue<string>());
        Assert.Equal("qwen3-tts-vd-realtime-2026-01-15", output["target_model"]!.GetValue<string>());
        Assert.Equal(1, body["usage"]!["count"]!.GetValue<int>());
        var preview = Convert.FromBase64String(output["preview_audio"]!["data"]!.GetValue<string>());
        var probe = await AudioTools.ProbeAsync(preview);
        Assert.Equal(("pcm_s16le", 24000), (probe.Codec, probe.SampleRate));
        Assert.InRange(probe.Duration, 2, 10);

        var mp3 = await _client.DesignAsync("young woman", "mp3voice", parameters: new { sample_rate = 16000, response_format = "mp3" });
        var mp3Probe = await AudioTools.ProbeAsync(Convert.FromBase64String(mp3["output"]!["preview_audio"]!["data"]!.GetValue<string>()));
        Assert.Equal(("mp3", 16000), (mp3Probe.Codec, mp3Probe.SampleRate));
    }

    [Fact]
    public async Task DeepOldManVersusYoungBrightWoman_PreviewPitchMeasurablyDifferent()
    {
        var deep = await PreviewF0Async("deep old man");
        var bright = await PreviewF0Async("young bright woman");
        var deepZh = await PreviewF0Async("低沉的老年男性");
        var brightZh = await PreviewF0Async("年轻明亮的女声");

        Assert.True(bright > 2 * deep, $"bright {bright:F0} Hz vs deep {deep:F0} Hz");
        Assert.True(brightZh > 2 * deepZh, $"bright {brightZh:F0} Hz vs deep {deepZh:F0} Hz");
    }

    [Fact]
    public async Task ListQueryDelete_PagingAndVoiceNotFound()
    {
        var voices = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            voices.Add((await _client.DesignAsync("calm woman", $"v{i}"))["output"]!["voice"]!.GetValue<string>());
        }

        var (status, page) = await _client.PostAsync(CustomizationTestClient.Design("list", new { page_index = 1, page_size = 2 }));
        Assert.Equal(200, status);
        Assert.Equal(3, page["output"]!["total_count"]!.GetValue<int>());
        Assert.Equal(1, page["output"]!["page_index"]!.GetValue<int>());
        var item = Assert.Single(page["output"]!["voice_list"]!.AsArray())!;
        Assert.Equal("calm woman", item["voice_prompt"]!.GetValue<string>());
        Assert.Equal("en", item["language"]!.GetValue<string>());
        Assert.Empty(page["usage"]!.AsObject());

        var (queryStatus, query) = await _client.PostAsync(CustomizationTestClient.Design("query", new { voice = voices[0] }));
        Assert.Equal(200, queryStatus);
        Assert.Equal(voices[0], query["output"]!["voice"]!.GetValue<string>());
        Assert.Null(query["output"]!["preview_audio"]);

        var (deleteStatus, _) = await _client.PostAsync(CustomizationTestClient.Design("delete", new { voice = voices[0] }));
        Assert.Equal(200, deleteStatus);
        var (missingStatus, missing) = await _client.PostAsync(CustomizationTestClient.Design("query", new { voice = voices[0] }));
        Assert.Equal(400, missingStatus);
        Assert.Equal("VoiceNotFound", missing["code"]!.GetValue<string>());
        Assert.Equal($"Voice not found: {voices[0]}", missing["message"]!.GetValue<string>());

        var (badPage, _) = await _client.PostAsync(CustomizationTestClient.Design("list", new { page_index = 201 }));
        Assert.Equal(400, badPage);
    }

    [Fact]
    public async Task DesignedVoice_OnlyOnItsTargetModel()
    {
        var voice = (await _client.DesignAsync("young bright woman", "scoped"))["output"]!["voice"]!.GetValue<string>();

        var events = await TestServers.SynthesizeAsync(_server, new { voice, mode = "commit" }, "Hello from a designed voice.", "qwen3-tts-vd-realtime-2026-01-15");
        Assert.Contains("response.done", events.Types());

        await using var client = await RealtimeTestClient.ConnectAsync(_server, "qwen3-tts-vd-realtime-2025-12-16");
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice });
        Assert.Equal("invalid_value", (await client.ReceiveUntilClosedAsync()).Single("error").ErrorCode());
    }

    [Theory]
    [InlineData("""{"action":"create","target_model":"qwen3-tts-vd-realtime-2026-01-15","preview_text":"Hello there friend."}""", null)]
    [InlineData("""{"action":"create","target_model":"qwen3-tts-vc-realtime-2026-01-15","voice_prompt":"calm","preview_text":"Hello there friend."}""", null)]
    [InlineData("""{"action":"create","target_model":"qwen3-tts-vd-realtime-2026-01-15","voice_prompt":"calm","preview_text":"Hello there friend.","language":"xx"}""", null)]
    [InlineData("""{"action":"create","target_model":"qwen3-tts-vd-realtime-2026-01-15","voice_prompt":"calm","preview_text":"Hello there friend."}""", """{"sample_rate":44100}""")]
    public async Task Create_InvalidInput_InvalidParameter(string input, string? parameters)
    {
        var envelope = System.Text.Json.Nodes.JsonNode.Parse($$"""{"model":"qwen-voice-design","input":{{input}}{{(parameters is null ? "" : ",\"parameters\":" + parameters)}}}""")!;

        var (status, body) = await _client.PostAsync(envelope);

        Assert.Equal(400, status);
        Assert.Equal("InvalidParameter", body["code"]!.GetValue<string>());
    }

    private async Task<double> PreviewF0Async(string prompt)
    {
        var body = await _client.DesignAsync(prompt, "p", previewText: "我们今天去公园散步，天气非常好。The weather is lovely today.", language: "zh",
            parameters: new { sample_rate = 16000, response_format = "pcm" });
        var samples = Pcm16.ToSamples(Convert.FromBase64String(body["output"]!["preview_audio"]!["data"]!.GetValue<string>()));
        return PitchEstimator.EstimateMedianF0(samples, 16000) ?? throw new InvalidOperationException("unvoiced");
    }
}
