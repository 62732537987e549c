using System.Text.Json;
using Audiobook.Media.Mastering;
using Audiobook.Media.Probing;

namespace Audiobook.EndToEnd.Tests;

/// <summary>Each sample renders through the CLI; ffprobe and ffmpeg's ebur128 check what was delivered.</summary>
[Collection(SampleRenders.Name)]
public sealed class SampleRenderTests(SampleRenderFixture fixture)
{
    public static TheoryData<string> Samples => new(SampleRenderFixture.Samples);

    private static JsonElement Manifest(string output) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json"))).RootElement;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_SucceedsWithEveryDeliverable(string sample)
    {
        var (code, _, error, output) = fixture.Results[sample];
        Assert.True(code == 0, $"exit {code}: {error}");
        var manifest = Manifest(output);
        var chapters = manifest.GetProperty("chapters").EnumerateArray().ToList();
        Assert.True(chapters.Count >= 2, "a sample book has several chapters");
        Assert.True(File.Exists(Path.Combine(output, manifest.GetProperty("m4b_file").GetString()!)));
        foreach (var chapter in chapters)
        {
            Assert.True(File.Exists(Path.Combine(output, chapter.GetProperty("mp3_file").GetString()!)));
            Assert.True(File.Exists(Path.Combine(output, chapter.GetProperty("captions_file").GetString()!)));
            Assert.True(chapter.GetProperty("duration_ms").GetInt64() > 1000);
            Assert.True(chapter.GetProperty("characters").GetInt32() > 0);
        }

        Assert.Empty(manifest.GetProperty("suspicious").EnumerateArray());
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_Sample_M4bHasTheManifestChaptersWithRealTitlesAndTimes(string sample)
    {
        var output = fixture.Results[sample].Output;
        var manifest = Manifest(output);
        var expected = manifest.GetProperty("chapters").EnumerateArray().ToList();

        var probe = await new MediaProbe().ProbeAsync(Path.Combine(output, manifest.GetProperty("m4b_file").GetString()!), CancellationToken.None);

        Assert.Equal(expected.Count, probe.Chapters.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("title").GetString(), probe.Chapters[i].Title);
            Assert.InRange(probe.Chapters[i].Start.TotalMilliseconds, expected[i].GetProperty("start_ms").GetInt64() - 100, expected[i].GetProperty("start_ms").GetInt64() + 100);
        }

        // Only the EPUB 3 sample has a cover image; a book without one must not get a picture stream.
        Assert.Equal(sample == "english-epub3.epub", probe.HasAttachedPicture);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_Sample_LoudnessOfEveryMp3IsOnTargetAndUnderTheCeiling(string sample)
    {
        var output = fixture.Results[sample].Output;
        var manifest = Manifest(output);
        var profile = MasteringProfiles.Get(manifest.GetProperty("settings").GetProperty("profile").GetString()!);
        var probe = new MediaProbe();
        foreach (var chapter in manifest.GetProperty("chapters").EnumerateArray())
        {
            var measured = await probe.MeasureEbur128Async(Path.Combine(output, chapter.GetProperty("mp3_file").GetString()!), CancellationToken.None);
            if (profile.TargetLufs is { } target)
            {
                Assert.InRange(measured.IntegratedLufs, target - 1, target + 1);
            }

            Assert.True(measured.TruePeakDbtp <= profile.TruePeakCeilingDbtp + 0.1, $"{chapter.GetProperty("title")}: true peak {measured.TruePeakDbtp} over {profile.TruePeakCeilingDbtp}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Render_Sample_CaptionsLineUpWithTheAudio(string sample)
    {
        var output = fixture.Results[sample].Output;
        var probe = new MediaProbe();
        foreach (var chapter in Manifest(output).GetProperty("chapters").EnumerateArray())
        {
            var cues = WebVtt.ParseCueTimes(await File.ReadAllTextAsync(Path.Combine(output, chapter.GetProperty("captions_file").GetString()!)));
            var audio = await probe.ProbeAsync(Path.Combine(output, chapter.GetProperty("mp3_file").GetString()!), CancellationToken.None);
            Assert.Equal(chapter.GetProperty("segments").GetInt32(), cues.Count);
            Assert.True(cues[0].Start > TimeSpan.Zero, "the head room tone comes before the first cue");
            for (var i = 1; i < cues.Count; i++)
            {
                Assert.True(cues[i].Start >= cues[i - 1].End, "cues do not overlap");
            }

            Assert.True(cues[^1].End < audio.Duration, "the last cue ends before the tail room tone");
            Assert.InRange(audio.Duration.TotalMilliseconds, chapter.GetProperty("duration_ms").GetInt64() - 150, chapter.GetProperty("duration_ms").GetInt64() + 150);
        }
    }
}
