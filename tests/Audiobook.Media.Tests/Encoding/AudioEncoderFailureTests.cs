using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Media.Pcm;
using Audiobook.Media.Probing;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Encoding;

public sealed class AudioEncoderFailureTests
{
    private static readonly PcmFormat Format = new(24000);

    [Fact]
    public async Task EncodeMp3Async_Cancelled_KillsFfmpegAndLeavesNoFile()
    {
        using var dir = new TempDirectory();
        var pcm = dir.File("long.pcm");
        await using (var stream = File.Create(pcm))
        {
            new RoomToneGenerator(Format, -20, 1).Write(stream, TimeSpan.FromMinutes(12));
        }

        var output = dir.File("long.mp3");
        await using var encoder = new AudioEncoder();
        using var cts = new CancellationTokenSource();
        var encode = encoder.EncodeMp3Async(pcm, Format, 0, limiter: true, MasteringProfiles.Get("acx"), new AudioTags(), null, output, cts.Token);
        await WaitUntilAsync(() => Processes.WithCommandLineContaining(dir.Path).Count > 0);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => encode);
        Assert.Empty(Processes.WithCommandLineContaining(dir.Path));
        Assert.Equal([pcm], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task DisposeAsync_WhileEncoding_KillsFfmpeg()
    {
        using var dir = new TempDirectory();
        var pcm = dir.File("long.pcm");
        await using (var stream = File.Create(pcm))
        {
            new RoomToneGenerator(Format, -20, 1).Write(stream, TimeSpan.FromMinutes(12));
        }

        var encoder = new AudioEncoder();
        var encode = encoder.EncodeAacAsync(pcm, Format, 0, limiter: true, MasteringProfiles.Get("audiobook"), dir.File("long.m4a"), CancellationToken.None);
        await WaitUntilAsync(() => Processes.WithCommandLineContaining(dir.Path).Count > 0);

        await encoder.DisposeAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => encode);
        Assert.Empty(Processes.WithCommandLineContaining(dir.Path));
        Assert.Equal([pcm], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task MeasureEbur128Async_CorruptFile_ThrowsWithStderrTail()
    {
        using var dir = new TempDirectory();
        var bad = dir.File("bad.mp3");
        await File.WriteAllBytesAsync(bad, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        await using var probe = new MediaProbe();

        var e = await Assert.ThrowsAsync<MediaEncodingException>(() => probe.MeasureEbur128Async(bad, CancellationToken.None));

        Assert.NotEqual(0, e.ExitCode);
        Assert.Contains("bad.mp3", e.StandardErrorTail, StringComparison.Ordinal);
        Assert.StartsWith("ffmpeg failed measuring bad.mp3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EncodeMp3Async_FfmpegRejectsSettings_ThrowsAndLeavesNoFile()
    {
        using var dir = new TempDirectory();
        var pcm = dir.File("a.pcm");
        Signals.WritePcm(pcm, Signals.Sine(24000, 440, -10, TimeSpan.FromSeconds(1)));
        var profile = MasteringProfiles.Get("acx") with { Mp3 = new Mp3Settings(192, true, 12345) };
        await using var encoder = new AudioEncoder();

        var e = await Assert.ThrowsAsync<MediaEncodingException>(() =>
            encoder.EncodeMp3Async(pcm, Format, 0, limiter: true, profile, new AudioTags(), null, dir.File("a.mp3"), CancellationToken.None));

        Assert.False(string.IsNullOrWhiteSpace(e.StandardErrorTail));
        Assert.Equal([pcm], Directory.GetFiles(dir.Path));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "ffmpeg never started");
    }
}
