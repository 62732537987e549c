using Audiobook.Rendering.Progress;

namespace Audiobook.Rendering.Tests.EndToEnd;

/// <summary>Resumability through the real local server, real WebSockets and real ffmpeg.</summary>
public sealed class ResumeAndEditTests
{
    [Fact]
    public async Task RenderAsync_RunTwice_SecondRunSynthesizesNothingAndSkipsEveryChapter()
    {
        await using var harness = await RenderHarness.StartAsync();
        var book = RenderHarness.SampleBook();
        var output = harness.Output("twice");

        var first = await harness.RenderAsync(book, harness.Settings(output));
        var second = await harness.RenderAsync(book, harness.Settings(output));

        Assert.True(first.SegmentsSynthesized > 5);
        Assert.Equal(3, first.ChaptersRendered);
        Assert.Equal(0, second.SegmentsSynthesized);
        Assert.Equal(0, second.ChaptersRendered);
        Assert.Equal(3, second.ChaptersUpToDate);
        Assert.Equal(0, second.BilledCharacters);
        Assert.NotNull(second.M4bPath);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public async Task RenderAsync_KilledAfterSomeSegmentsThenResumed_SameAudioAsUninterrupted(int killAfterSegments)
    {
        await using var harness = await RenderHarness.StartAsync();
        var book = RenderHarness.SampleBook();
        var reference = harness.Output("reference");
        var clean = await harness.RenderAsync(book, harness.Settings(reference) with { CacheDirectory = harness.Output("reference-cache") });

        var resumed = harness.Output("resumed");
        using var kill = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.SegmentsDone >= killAfterSegments)
            {
                kill.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RenderAsync(book, harness.Settings(resumed), progress, kill.Token));
        Assert.False(File.Exists(Path.Combine(resumed, "manifest.json")));

        var second = await harness.RenderAsync(book, harness.Settings(resumed));

        // What was done before the kill is not synthesized again: cached segments, or whole chapters already encoded
        // (the second run counts those as up to date, not as cache hits, so count what it synthesized instead).
        Assert.True(
            second.SegmentsSynthesized <= clean.SegmentsSynthesized - killAfterSegments,
            $"resumed run synthesized {second.SegmentsSynthesized} of {clean.SegmentsSynthesized} segments after a kill at {killAfterSegments}");
        Assert.Equal(await OutputFingerprint.OfAsync(reference), await OutputFingerprint.OfAsync(resumed));
    }

    [Fact]
    public async Task RenderAsync_OneSentenceEdited_ResynthesizesOnlyThatSegmentAndReencodesOnlyItsChapter()
    {
        await using var harness = await RenderHarness.StartAsync();
        var output = harness.Output("edit");
        await harness.RenderAsync(RenderHarness.SampleBook(), harness.Settings(output));
        var before = await OutputFingerprint.OfAsync(output);

        var edited = await harness.RenderAsync(RenderHarness.SampleBook("Anna ran down to the water with a basket of warm bread."), harness.Settings(output));
        var after = await OutputFingerprint.OfAsync(output);

        Assert.Equal(1, edited.SegmentsSynthesized);
        Assert.Equal(1, edited.ChaptersRendered);
        Assert.Equal(2, edited.ChaptersUpToDate);
        var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
        Assert.All(changed, k => Assert.Contains("01_Morning", k, StringComparison.Ordinal));
        Assert.Contains(changed, k => k.EndsWith(".mp3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_ChaptersOption_RendersOnlyThoseAndReassemblesTheBook()
    {
        await using var harness = await RenderHarness.StartAsync();
        var output = harness.Output("chapters");
        await harness.RenderAsync(RenderHarness.SampleBook(), harness.Settings(output));
        var m4b = Path.Combine(output, "The Test Book.m4b");
        var stamp = File.GetLastWriteTimeUtc(m4b);

        var again = await harness.RenderAsync(RenderHarness.SampleBook(), harness.Settings(output) with { Chapters = new HashSet<int> { 2 }, Force = true });

        Assert.Equal(1, again.ChaptersRendered);
        Assert.True(again.SegmentsSynthesized > 0);
        Assert.True(File.GetLastWriteTimeUtc(m4b) >= stamp);
        Assert.Equal(3, again.Manifest.Chapters.Count);
    }

    /// <summary>Unlike <see cref="Progress{T}"/>, reports on the caller's thread so a test can cancel at an exact point.</summary>
    private sealed class SynchronousProgress(Action<RenderProgress> onReport) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => onReport(value);
    }
}
