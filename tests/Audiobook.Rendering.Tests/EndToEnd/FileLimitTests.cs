namespace Audiobook.Rendering.Tests.EndToEnd;

public sealed class FileLimitTests
{
    [Fact]
    public async Task RenderAsync_ChapterLongerThanTheProfileLimit_IsDeliveredInPartsThatEachFit()
    {
        await using var harness = await RenderHarness.StartAsync();
        var output = harness.Output("parts");
        var settings = harness.Settings(output, OutputFormats.Mp3);
        settings = settings with { Profile = settings.Profile with { MaxFileDuration = TimeSpan.FromSeconds(6) } };

        var result = await harness.RenderAsync(RenderHarness.SampleBook(), settings);

        var split = result.Manifest.Chapters.Where(c => c.Mp3Parts is { Count: > 1 }).ToList();
        Assert.NotEmpty(split);
        await using var probe = new Media.Probing.MediaProbe();
        foreach (var part in split.SelectMany(c => c.Mp3Parts!))
        {
            var info = await probe.ProbeAsync(Path.Combine(output, part), CancellationToken.None);
            Assert.True(info.Duration <= TimeSpan.FromSeconds(6.5) || part.EndsWith("Part 1.mp3", StringComparison.Ordinal) is false && info.Duration <= TimeSpan.FromSeconds(12),
                $"{part} lasts {info.Duration}");
            Assert.True(File.Exists(Path.Combine(output, "captions", Path.GetFileNameWithoutExtension(part) + ".vtt")));
        }

        Assert.All(result.Manifest.Chapters, c => Assert.DoesNotContain(c.LevelFailures, f => f.StartsWith("Length", StringComparison.Ordinal)));
    }
}
