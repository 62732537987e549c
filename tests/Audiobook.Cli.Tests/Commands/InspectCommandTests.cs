using System.Text.Json;

namespace Audiobook.Cli.Tests.Commands;

public sealed class InspectCommandTests
{
    [Fact]
    public async Task RunAsync_ChineseSample_PrintsMetadataAndChapterTable()
    {
        var (code, output, error) = await CliRun.RunAsync("inspect", CliRun.Sample("chinese.md"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("山中的灯塔", output, StringComparison.Ordinal);
        Assert.Contains("林小舟", output, StringComparison.Ordinal);
        Assert.Contains("第四章 长夜", output, StringComparison.Ordinal);
        Assert.Contains("total", output, StringComparison.Ordinal);
        Assert.Contains("¥", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Json_ListsChaptersWithBilledCharactersAndCost()
    {
        var (code, output, _) = await CliRun.RunAsync("inspect", CliRun.Sample("english-epub3.epub"), "--json", "--region", "intl");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("The Lighthouse at Gull Point", root.GetProperty("metadata").GetProperty("title").GetString());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        var chapters = root.GetProperty("chapters").EnumerateArray().ToList();
        Assert.Equal(5, chapters.Count);
        var billed = chapters.Sum(c => c.GetProperty("billed_characters").GetInt64());
        Assert.Equal(billed, root.GetProperty("total").GetProperty("billed_characters").GetInt64());
        Assert.Equal(billed * 0.13m / 10_000, root.GetProperty("total").GetProperty("cost").GetDecimal());
    }

    [Fact]
    public async Task RunAsync_BrokenBook_PrintsOneErrorLineAndExits2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.epub");
        await File.WriteAllTextAsync(path, "not a zip");
        try
        {
            var (code, output, error) = await CliRun.RunAsync("inspect", path);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal($"error: {path}: is not a zip archive, so not an EPUB\n", error.ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_MissingFile_PrintsOneErrorLine()
    {
        var (code, _, error) = await CliRun.RunAsync("inspect", "/no/such/book.md");
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task RunAsync_UnknownRegion_ListsRegions()
    {
        var (code, _, error) = await CliRun.RunAsync("inspect", CliRun.Sample("chinese.md"), "--model", "qwen-tts-realtime", "--region", "intl");
        Assert.Equal(2, code);
        Assert.Contains("regions: cn", error, StringComparison.Ordinal);
    }
}
