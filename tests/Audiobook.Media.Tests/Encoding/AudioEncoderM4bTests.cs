using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Media.Pcm;
using Audiobook.Media.Probing;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Encoding;

public sealed class AudioEncoderM4bTests
{
    private const int Rate = 24000;
    private static readonly PcmFormat Format = new(Rate);
    private static readonly TimeSpan Head = TimeSpan.FromMilliseconds(500);
    private static readonly string[] Titles = ["第一章 始まり", "A = B; C # D \\ E", "Chapter 3: 끝"];

    [Fact]
    public async Task MuxM4bAsync_ThreeChapters_TitlesTagsCoverAndMarksOnTheAudio()
    {
        using var dir = new TempDirectory();
        var profile = MasteringProfiles.Get("audiobook");
        var pcm = await WriteChaptersAsync(dir, profile);
        await using var encoder = new AudioEncoder();
        var aac = new List<string>();
        foreach (var (path, i) in pcm.Select((p, i) => (p, i)))
        {
            var m4a = dir.File($"chapter-{i}.m4a");
            await encoder.EncodeAacAsync(path, Format, 0, limiter: true, profile, m4a, CancellationToken.None);
            aac.Add(m4a);
        }

        var naive = PcmMarkers(pcm);
        var output = dir.File("book.m4b");
        var tags = new AudioTags { Title = "本の題名", Album = "本の題名", Artist = "Jane Author", Composer = "Cherry", Date = "2024", Language = "ja", Description = "A test; with = signs" };

        var written = await encoder.MuxM4bAsync(aac, naive, tags, await Covers.JpegAsync(), output, CancellationToken.None);

        await using var probe = new MediaProbe();
        var result = await probe.ProbeAsync(output, CancellationToken.None);
        Assert.Equal(Titles, result.Chapters.Select(c => c.Title));
        Assert.Equal("本の題名", result.Tag("title"));
        Assert.Equal("Jane Author", result.Tag("artist"));
        Assert.Equal("Cherry", result.Tag("composer"));
        Assert.Equal("Audiobook", result.Tag("genre"));
        Assert.Equal("jpn", result.Audio!.Tags["language"]);
        Assert.True(result.HasAttachedPicture);
        for (var i = 0; i < Titles.Length; i++)
        {
            Assert.InRange((result.Chapters[i].Start - written[i].Start).Duration().TotalMilliseconds, 0, 50);
        }

        await AssertChapterAudioStartsAtMarksAsync(output, result.Chapters);
        Assert.Equal(aac.Count + pcm.Count + 1, Directory.GetFiles(dir.Path).Length);
    }

    [Fact]
    public async Task EncodeM4bAsync_SinglePass_MarksAreThePcmPositions()
    {
        using var dir = new TempDirectory();
        var profile = MasteringProfiles.Get("audiobook");
        var pcm = await WriteChaptersAsync(dir, profile);
        var output = dir.File("book.m4b");
        await using var encoder = new AudioEncoder();

        var written = await encoder.EncodeM4bAsync(
            pcm.Select((p, i) => new M4bChapterSource(p, Titles[i], -2)).ToList(), Format, profile, new AudioTags { Title = "Book" }, null, output, CancellationToken.None);

        await using var probe = new MediaProbe();
        var result = await probe.ProbeAsync(output, CancellationToken.None);
        Assert.Equal(Titles, result.Chapters.Select(c => c.Title));
        var expected = PcmMarkers(pcm);
        for (var i = 0; i < Titles.Length; i++)
        {
            Assert.Equal(expected[i].Start, written[i].Start);
            Assert.InRange((result.Chapters[i].Start - expected[i].Start).Duration().TotalMilliseconds, 0, 50);
        }

        await AssertChapterAudioStartsAtMarksAsync(output, result.Chapters);
    }

    [Fact]
    public async Task MuxM4bAsync_CorruptChapterFile_ThrowsMediaEncodingExceptionWithStderr()
    {
        using var dir = new TempDirectory();
        var bad = dir.File("bad.m4a");
        await File.WriteAllBytesAsync(bad, Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)).ToArray());
        await using var encoder = new AudioEncoder();

        var e = await Assert.ThrowsAsync<MediaEncodingException>(() =>
            encoder.MuxM4bAsync([bad], [new ChapterMarker("x", TimeSpan.Zero, TimeSpan.FromSeconds(1))], new AudioTags(), null, dir.File("book.m4b"), CancellationToken.None));

        Assert.Contains("bad.m4a", e.StandardErrorTail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(File.Exists(dir.File("book.m4b")));
    }

    /// <summary>Each chapter is a tone after silent room tone; its onset must follow its mark by the head room
    /// tone (plus at most one AAC frame of priming).</summary>
    private static async Task AssertChapterAudioStartsAtMarksAsync(string m4b, IReadOnlyList<ProbeChapter> chapters)
    {
        var decoded = await Tools.DecodeAsync(m4b, Rate);
        foreach (var chapter in chapters)
        {
            var from = (int)(chapter.Start.TotalSeconds * Rate);
            var onset = Signals.Onset(decoded, from, 3000) / (double)Rate;
            var lag = onset - chapter.Start.TotalSeconds - Head.TotalSeconds;
            Assert.InRange(lag, -0.05, 0.05);
        }
    }

    private static async Task<List<string>> WriteChaptersAsync(TempDirectory dir, MasteringProfile profile)
    {
        var paths = new List<string>();
        for (var i = 0; i < Titles.Length; i++)
        {
            var path = dir.File($"chapter-{i}.pcm");
            await using var writer = new PcmChapterWriter(path, Format, new PcmChapterWriterOptions { PauseFill = PauseFill.Silence });
            await writer.WritePauseAsync(Head, CancellationToken.None);
            await writer.WriteAudioAsync(Signals.ToBytes(Signals.Sine(Rate, 300 * (i + 1), -6, TimeSpan.FromSeconds(2.3 + i))), CancellationToken.None);
            await writer.WritePauseAsync(profile.TailRoomTone, CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
            paths.Add(path);
        }

        return paths;
    }

    private static List<ChapterMarker> PcmMarkers(List<string> pcm)
    {
        var markers = new List<ChapterMarker>();
        var start = TimeSpan.Zero;
        for (var i = 0; i < pcm.Count; i++)
        {
            var end = start + Format.DurationOf(new FileInfo(pcm[i]).Length);
            markers.Add(new ChapterMarker(Titles[i], start, end));
            start = end;
        }

        return markers;
    }
}
