using System.Text.Json.Nodes;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

/// <summary>The same commit gives byte-identical audio however many sessions synthesize it at once and however loaded the machine is
/// (the render pipeline's resume and edit checks compare hashes of the audio).</summary>
public sealed class DeterminismTests : IAsyncLifetime
{
    private const int Sessions = 6;
    private const string Text = "Every copy of this commit must sound the same. 同一段文字，每次合成都应完全一致。 Even while six sessions run at once and the processor is busy.";
    private LocalTtsServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServers.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("pcm", 24000, 1.0)]
    [InlineData("pcm", 48000, 1.9)]
    [InlineData("wav", 16000, 0.6)]
    [InlineData("wav", 8000, 1.0)]
    [InlineData("mp3", 24000, 1.0)]
    [InlineData("opus", 24000, 1.3)]
    public async Task SameCommit_ConcurrentSessionsUnderLoad_IdenticalAudio(string format, int sampleRate, double pitchRate)
    {
        var session = new { voice = "Cherry", mode = "commit", response_format = format, sample_rate = sampleRate, pitch_rate = pitchRate, volume = 70 };
        var alone = await TestServers.SynthesizeAsync(_server, session, Text);

        List<JsonObject>[] results;
        using (var burner = new CpuBurner())
        {
            results = await Task.WhenAll(Enumerable.Range(0, Sessions).Select(_ => Task.Run(() => TestServers.SynthesizeAsync(_server, session, Text))));
            Assert.True(burner.Iterations > 0);
        }

        Assert.True(alone.Audio().Length > sampleRate / 10);
        Assert.All(results, events => Assert.Equal(alone.Audio(), events.Audio()));
        if (format is "pcm" or "wav")
        {
            // PCM and WAV deltas are exact 100 ms slices, so even the delta boundaries match.
            Assert.All(results, events => Assert.Equal(Deltas(alone), Deltas(events)));
        }
    }

    [Fact]
    public async Task ClonedVoice_ConcurrentSessionsUnderLoad_IdenticalAudio()
    {
        var client = new CustomizationTestClient(_server);
        var voice = await client.CloneAsync(await AudioTools.EspeakWavAsync("en-us+f2", 85, 175, "This is my reference recording. I read a few sentences so the service can learn the sound of my voice."), "same");
        var session = new { voice, mode = "commit", response_format = "pcm", sample_rate = 48000 };
        const string model = "qwen3-tts-vc-realtime-2026-01-15";
        var alone = (await TestServers.SynthesizeAsync(_server, session, Text, model)).Audio();

        byte[][] results;
        using (new CpuBurner())
        {
            results = await Task.WhenAll(Enumerable.Range(0, Sessions).Select(_ => Task.Run(async () => (await TestServers.SynthesizeAsync(_server, session, Text, model)).Audio())));
        }

        Assert.True(alone.Length > 48000);
        Assert.All(results, audio => Assert.Equal(alone, audio));
    }

    private static List<string> Deltas(IEnumerable<JsonObject> events) =>
        [.. events.Where(e => e.Type() == "response.audio.delta").Select(e => e["delta"]!.GetValue<string>())];
}
