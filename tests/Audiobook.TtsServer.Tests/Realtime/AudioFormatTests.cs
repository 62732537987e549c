using System.Buffers.Binary;
using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class AudioFormatTests : IAsyncLifetime
{
    private const string Text = "Formats are framed so that the deltas of one response form one playable file.";
    private LocalTtsServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServers.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("wav", 8000, "pcm_s16le", 8000)]
    [InlineData("wav", 48000, "pcm_s16le", 48000)]
    [InlineData("mp3", 16000, "mp3", 16000)]
    [InlineData("mp3", 24000, "mp3", 24000)]
    [InlineData("opus", 24000, "opus", 48000)]
    [InlineData("opus", 8000, "opus", 48000)]
    public async Task ResponseFormat_ConcatenatedDeltas_DecodeWithFfprobe(string format, int rate, string codec, int probedRate)
    {
        var events = await TestServers.SynthesizeAsync(_server, new { voice = "Cherry", mode = "commit", response_format = format, sample_rate = rate }, Text);
        var file = events.Audio();

        var probe = await AudioTools.ProbeAsync(file);

        Assert.Equal(codec, probe.Codec);
        Assert.Equal(probedRate, probe.SampleRate);
        var decoded = await AudioTools.DecodeAsync(file, 16000);
        Assert.InRange(decoded.Length / 16000.0, 3, 8);
        Assert.NotNull(PitchEstimator.EstimateMedianF0(decoded, 16000));
        if (format == "opus")
        {
            // OpusHead (RFC 7845 §5.1) keeps the session rate as the input sample rate; Opus itself always decodes at 48 kHz.
            var head = file.AsSpan().IndexOf("OpusHead"u8);
            Assert.Equal(rate, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(head + 12)));
        }
    }

    [Fact]
    public async Task Wav_EachResponse_FirstDeltaCarriesStreamingHeader()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "server_commit", response_format = "wav", sample_rate = 16000 });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("First one. Second one. ");
        await client.FinishAsync();
        var events = await client.ReceiveUntilClosedAsync();

        var deltas = events.Where(e => e.Type() == "response.audio.delta")
            .Select(e => (Id: e["response_id"]!.GetValue<string>(), Bytes: Convert.FromBase64String(e["delta"]!.GetValue<string>())))
            .ToList();
        foreach (var response in deltas.GroupBy(d => d.Id))
        {
            var list = response.ToList();
            Assert.True(list[0].Bytes.AsSpan().StartsWith("RIFF"u8));
            Assert.Equal(0xFFFFFFFFu, BinaryPrimitives.ReadUInt32LittleEndian(list[0].Bytes.AsSpan(40)));
            Assert.All(list.Skip(1), d => Assert.False(d.Bytes.AsSpan().StartsWith("RIFF"u8)));
            Assert.All(list.SkipLast(1), d => Assert.Equal(list.Count > 1 && d == list[0] ? 44 + 3200 : 3200, d.Bytes.Length));
        }

        Assert.Equal(2, deltas.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public async Task Pcm_Deltas_HundredMillisecondsEach()
    {
        var events = await TestServers.SynthesizeAsync(_server, new { voice = "Cherry", mode = "commit", sample_rate = 48000 }, Text);
        var sizes = events.Where(e => e.Type() == "response.audio.delta").Select(e => Convert.FromBase64String(e["delta"]!.GetValue<string>()).Length).ToList();

        Assert.All(sizes.SkipLast(1), size => Assert.Equal(9600, size));
        Assert.InRange(sizes[^1], 2, 9600);
    }

    [Fact]
    public async Task BitRate_Mp3_AppliedToStreamSize()
    {
        var low = (await TestServers.SynthesizeAsync(_server, new { voice = "Cherry", mode = "commit", response_format = "mp3", sample_rate = 48000, bit_rate = 32 }, Text)).Audio();
        var high = (await TestServers.SynthesizeAsync(_server, new { voice = "Cherry", mode = "commit", response_format = "mp3", sample_rate = 48000, bit_rate = 192 }, Text)).Audio();

        Assert.InRange(high.Length / (double)low.Length, 4.5, 7.5);
    }

    [Fact]
    public async Task TokenModel_ResponseDone_TokenUsage()
    {
        var events = await TestServers.SynthesizeAsync(_server, new { voice = "Chelsie", mode = "commit" }, "Short.", "qwen-tts-realtime");
        var usage = events.Single("response.done")["response"]!["usage"]!;

        Assert.Null(usage["characters"]);
        Assert.True(usage["output_tokens"]!.GetValue<int>() >= 50);
        Assert.Equal(usage["input_tokens"]!.GetValue<int>() + usage["output_tokens"]!.GetValue<int>(), usage["total_tokens"]!.GetValue<int>());
        Assert.True(_server.Statistics.TokensBilled > 0);
    }
}
