using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Synthesis;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Dsp;

/// <summary>The streaming path from espeak-ng's stdout to response deltas (WAV header, odd-byte carry, resampling with the pitch rate
/// factor, volume, 100 ms delta framing) gives byte-identical output however the pipe splits espeak-ng's real output.</summary>
public sealed class WavStreamResamplerTests
{
    private const string Text = "Streaming must not change the sound. Whether the pipe delivers one byte or eight thousand, every sample is the same.";

    public static TheoryData<string, double, double, int, int> Cases => new()
    {
        { "Cherry", 1.0, 1.0, 50, 24000 },
        { "Cherry", 1.0, 0.5, 50, 24000 },
        { "Cherry", 1.0, 2.0, 50, 24000 },
        { "Cherry", 0.5, 1.0, 50, 24000 },
        { "Cherry", 2.0, 1.0, 50, 24000 },
        { "Cherry", 1.0, 1.0, 25, 24000 },
        { "Cherry", 1.0, 1.0, 100, 24000 },
        { "Cherry", 1.0, 1.0, 0, 24000 },
        { "Ethan", 1.0, 1.0, 50, 8000 },
        { "Ethan", 1.0, 1.0, 50, 16000 },
        { "Ethan", 1.0, 2.0, 50, 48000 },
        { "Ethan", 1.5, 0.5, 80, 16000 },
        { "cloned-low", 1.0, 1.0, 50, 24000 },
        { "cloned-high", 1.0, 1.0, 50, 48000 },
        { "cloned-high", 0.8, 1.6, 70, 8000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Push_AnyChunking_ByteIdenticalSamplesAndDeltas(string voiceName, double speechRate, double pitchRate, int volume, int sampleRate)
    {
        var invocation = EspeakArguments.Build(Voice(voiceName), "en-us", speechRate, pitchRate);
        var wav = await EspeakStdoutAsync(invocation);
        var gain = VolumeLimiter.GainFor(volume);
        var reference = Stream(wav, [wav.Length], invocation.RateFactor, gain, sampleRate);
        Assert.True(reference.Concat().Length > sampleRate, "expected more than a second of audio");

        foreach (var sizes in Chunkings(wav.Length))
        {
            var chunked = Stream(wav, sizes, invocation.RateFactor, gain, sampleRate);

            // Compared as hashes: xUnit's element-wise comparison of 100k-sample arrays is slow and its diff unreadable anyway.
            Assert.Equal(Hash(Pcm16.ToBytes(reference.Concat())), Hash(Pcm16.ToBytes(chunked.Concat())));
            foreach (var format in new[] { "pcm", "wav" })
            {
                Assert.Equal(await DeltaHashesAsync(reference.Pieces, format, sampleRate), await DeltaHashesAsync(chunked.Pieces, format, sampleRate));
            }
        }
    }

    [Fact]
    public async Task Push_SmallReads_SamplesLeaveBeforeTheStreamEnds()
    {
        var invocation = EspeakArguments.Build(Voice("Cherry"), "en-us", 1, 1.3);
        var wav = await EspeakStdoutAsync(invocation);
        var converter = new WavStreamResampler(24000, invocation.RateFactor, 1);

        var beforeEnd = 0;
        for (var offset = 0; offset < wav.Length; offset += 8192)
        {
            beforeEnd += converter.Push(wav.AsSpan(offset, Math.Min(8192, wav.Length - offset))).Length;
        }

        var tail = converter.Complete().Length;
        Assert.True(beforeEnd > 20 * tail, $"{beforeEnd} samples while streaming, {tail} at the end");
    }

    [Fact]
    public void Complete_HeaderNeverCompleted_InvalidData()
    {
        var converter = new WavStreamResampler(24000, 1, 1);
        Assert.Empty(converter.Push(WavHeader.Create(22050).AsSpan(0, 30)));

        Assert.False(converter.HasFormat);
        Assert.Throws<InvalidDataException>(() => converter.Complete());
    }

    [Fact]
    public void Push_StereoWav_InvalidData()
    {
        var converter = new WavStreamResampler(24000, 1, 1);

        Assert.Throws<InvalidDataException>(() => converter.Push(WavHeader.Create(22050, channels: 2)));
    }

    private static EspeakVoice Voice(string name) => name switch
    {
        "cloned-low" => EspeakVoiceMapper.FromMeasurements("qwen-tts-vc-low-voice-20260115103000123-1a2b", 81, 0.8),
        "cloned-high" => EspeakVoiceMapper.FromMeasurements("qwen-tts-vc-high-voice-20260115103000456-3c4d", 279, 1.3),
        _ => EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice(name)!),
    };

    /// <summary>espeak-ng's stdout for the invocation, exactly as the server receives it.</summary>
    private static async Task<byte[]> EspeakStdoutAsync(EspeakInvocation invocation)
    {
        var startInfo = new System.Diagnostics.ProcessStartInfo("espeak-ng") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in invocation.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(startInfo)!;
        await process.StandardInput.WriteAsync(Text);
        process.StandardInput.Close();
        using var stdout = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(stdout);
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return stdout.ToArray();
    }

    private static IEnumerable<int[]> Chunkings(int length)
    {
        int[] Repeat(int size) => [.. Enumerable.Repeat(size, length / size + 1)];
        yield return Repeat(1);
        yield return Repeat(7);
        yield return Repeat(2);
        yield return Repeat(43);
        yield return Repeat(44);
        yield return Repeat(45);
        yield return Repeat(4095);
        yield return Repeat(8191);
        yield return [.. Enumerable.Range(0, length).Select(i => i % 3 == 0 ? 1 : 2 * i + 1)];
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            yield return [.. Enumerable.Range(0, length).Select(_ => random.Next(1, 9000))];
        }
    }

    private static Streamed Stream(byte[] wav, int[] sizes, double rateFactor, double gain, int sampleRate)
    {
        var converter = new WavStreamResampler(sampleRate, rateFactor, gain);
        var pieces = new List<short[]>();
        var offset = 0;
        foreach (var size in sizes)
        {
            if (offset >= wav.Length)
            {
                break;
            }

            var take = Math.Min(size, wav.Length - offset);
            pieces.Add(converter.Push(wav.AsSpan(offset, take)));
            offset += take;
        }

        pieces.Add(converter.Complete());
        return new Streamed(pieces);
    }

    private static async Task<List<string>> DeltaHashesAsync(List<short[]> pieces, string format, int sampleRate)
    {
        using var processes = new ProcessTracker(new ServerStatistics());
        var encoder = new AudioEncoder(processes, "ffmpeg");
        var deltas = new List<string>();
        await foreach (var delta in encoder.EncodeAsync(pieces.ToAsyncEnumerable(), new AudioOutputFormat(format, sampleRate, 64, TimeSpan.FromMilliseconds(100)), CancellationToken.None))
        {
            deltas.Add($"{delta.Length}:{Hash(delta)}");
        }

        return deltas;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));

    private sealed record Streamed(List<short[]> Pieces)
    {
        public short[] Concat() => [.. Pieces.SelectMany(p => p)];
    }
}
