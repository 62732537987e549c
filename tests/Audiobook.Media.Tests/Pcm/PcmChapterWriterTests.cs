using Audiobook.Media.Loudness;
using Audiobook.Media.Mastering;
using Audiobook.Media.Pcm;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Pcm;

public sealed class PcmChapterWriterTests
{
    private static readonly PcmFormat Format = new(24000);

    [Fact]
    public async Task CompleteAsync_AfterWrites_FinalFileAppearsOnlyThen()
    {
        using var dir = new TempDirectory();
        var final = dir.File("chapter-001.pcm");
        await using var writer = new PcmChapterWriter(final, Format, MasteringProfiles.Get("acx"));
        await writer.WriteAudioAsync(Signals.ToBytes(Signals.Sine(24000, 440, -10, TimeSpan.FromSeconds(1))), CancellationToken.None);

        Assert.False(File.Exists(final));
        Assert.True(File.Exists(writer.TemporaryPath));
        Assert.Equal(dir.Path, Path.GetDirectoryName(writer.TemporaryPath));

        await writer.CompleteAsync(CancellationToken.None);

        Assert.True(File.Exists(final));
        Assert.False(File.Exists(writer.TemporaryPath));
        Assert.Equal(48000, new FileInfo(final).Length);
    }

    [Fact]
    public async Task DisposeAsync_WithoutComplete_RemovesTheTemporaryFile()
    {
        using var dir = new TempDirectory();
        var final = dir.File("chapter-002.pcm");
        var writer = new PcmChapterWriter(final, Format);
        await writer.WritePauseAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        await writer.DisposeAsync();

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task WritePauseAsync_Durations_ExactFrameCountsAndPosition()
    {
        using var dir = new TempDirectory();
        var final = dir.File("p.pcm");
        await using var writer = new PcmChapterWriter(final, Format);

        await writer.WritePauseAsync(TimeSpan.FromMilliseconds(700), CancellationToken.None);
        Assert.Equal(33600, writer.BytesWritten);
        Assert.Equal(TimeSpan.FromMilliseconds(700), writer.Position);
        await writer.WritePauseAsync(TimeSpan.FromMilliseconds(250), PauseFill.Silence, CancellationToken.None);
        await writer.WritePauseAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        Assert.Equal(TimeSpan.FromMilliseconds(2950), writer.Position);
        var report = await writer.CompleteAsync(CancellationToken.None);

        Assert.Equal(2950 * 48, new FileInfo(final).Length);
        Assert.Equal(TimeSpan.FromMilliseconds(2950), report.Duration);
        var samples = Signals.ReadPcm(final);
        Assert.Contains(samples[..16800], s => s != 0);
        Assert.All(samples[16800..22800], s => Assert.Equal(0, s));
    }

    [Fact]
    public async Task CompleteAsync_Report_EqualsMeteringTheFile()
    {
        using var dir = new TempDirectory();
        var final = dir.File("m.pcm");
        await using var writer = new PcmChapterWriter(final, Format, MasteringProfiles.Get("audiobook"));
        await writer.WritePauseAsync(TimeSpan.FromSeconds(0.5), CancellationToken.None);
        await writer.WriteAudioAsync(await File.ReadAllBytesAsync(await SpeechFixture.PcmPathAsync()), CancellationToken.None);
        await writer.WritePauseAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        var report = await writer.CompleteAsync(CancellationToken.None);

        var meter = new LoudnessMeter(24000);
        meter.Add(await File.ReadAllBytesAsync(final));
        Assert.Equal(meter.GetReport(), report);
        // espeak leaves digital silence inside its own pauses, so the floor can be below the room tone.
        Assert.InRange(report.NoiseFloorDb, -100, -69);
    }

    [Fact]
    public async Task WriteAudioAsync_PartialFrame_Throws()
    {
        using var dir = new TempDirectory();
        await using var writer = new PcmChapterWriter(dir.File("x.pcm"), Format);

        await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteAudioAsync(new byte[3], CancellationToken.None));
    }

    [Fact]
    public async Task WriteAudioAsync_AfterComplete_Throws()
    {
        using var dir = new TempDirectory();
        await using var writer = new PcmChapterWriter(dir.File("x.pcm"), Format);
        await writer.CompleteAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await writer.WriteAudioAsync(new byte[2], CancellationToken.None));
    }
}
