namespace Audiobook.Rendering.Tests.EndToEnd;

public sealed class FileLimitTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task RenderAsync_ChapterLongerThanTheProfileLimit_IsDeliveredInPartsCutBetweenSegments()
    {
        await using var harness = await RenderHarness.StartAsync();
        var output = harness.Output("parts");
        var settings = harness.Settings(output, OutputFormats.Mp3);
        settings = settings with { Profile = settings.Profile with { MaxFileDuration = Limit } };

        var result = await harness.RenderAsync(RenderHarness.SampleBook(), settings);

        var split = result.Manifest.Chapters.Where(c => c.Mp3Parts is { Count: > 1 }).ToList();
        Assert.NotEmpty(split);
        await using var probe = new Media.Probing.MediaProbe();
        foreach (var chapter in split)
        {
            var total = TimeSpan.Zero;
            var overLimit = false;
            foreach (var part in chapter.Mp3Parts!)
            {
                var info = await probe.ProbeAsync(Path.Combine(output, part), CancellationToken.None);
                var captions = await File.ReadAllTextAsync(Path.Combine(output, "captions", Path.GetFileNameWithoutExtension(part) + ".vtt"));
                var cues = captions.Split(" --> ").Length - 1;
                Assert.True(cues >= 1, $"{part} carries no segment");
                // A part may exceed the limit only when it is a single segment that cannot be cut further.
                Assert.True(info.Duration <= Limit + TimeSpan.FromMilliseconds(300) || cues == 1, $"{part} lasts {info.Duration} with {cues} segments");
                overLimit |= info.Duration > Limit + TimeSpan.FromMilliseconds(300);
                total += info.Duration;
            }

            Assert.InRange(total.TotalMilliseconds, chapter.DurationMs - 300, chapter.DurationMs + 300);
            Assert.Equal(overLimit, chapter.LevelFailures.Any(f => f.StartsWith("Length", StringComparison.Ordinal)));
        }
    }
}
