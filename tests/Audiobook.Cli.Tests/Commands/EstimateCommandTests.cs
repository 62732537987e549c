using System.Text.Json;

namespace Audiobook.Cli.Tests.Commands;

public sealed class EstimateCommandTests
{
    [Fact]
    public async Task RunAsync_SamplesFolder_EstimatesEveryBookAndTotal()
    {
        var (code, output, error) = await CliRun.RunAsync("estimate", CliRun.Sample(string.Empty), "--json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var books = json.RootElement.GetProperty("books").EnumerateArray().ToList();
        Assert.Equal(5, books.Count); // README.md and *.lexicon.txt are not books
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(books.Sum(b => b.GetProperty("segments").GetInt32()), total.GetProperty("segments").GetInt32());
        Assert.Equal(books.Sum(b => b.GetProperty("cost").GetDecimal()), total.GetProperty("cost").GetDecimal());
        Assert.Equal(180, json.RootElement.GetProperty("requests_per_minute").GetInt32());
    }

    [Fact]
    public async Task RunAsync_TokenModel_UsesItsRpmAndTable()
    {
        var (code, output, _) = await CliRun.RunAsync("estimate", CliRun.Sample("plain-english.txt"), "--model", "qwen-tts-realtime", "--concurrency", "2");

        Assert.Equal(0, code);
        Assert.Contains("qwen-tts-realtime, region cn, 10 RPM, concurrency 2", output, StringComparison.Ordinal);
        Assert.Contains("The Night Ferry", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InstructModel_MarksEstimatedPrice()
    {
        var (code, output, _) = await CliRun.RunAsync("estimate", CliRun.Sample("chinese.md"), "--model", "qwen3-tts-instruct-flash-realtime");
        Assert.Equal(0, code);
        Assert.Contains("* estimated price", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadConcurrency_Exits2()
    {
        var (code, _, error) = await CliRun.RunAsync("estimate", CliRun.Sample("chinese.md"), "--concurrency", "0");
        Assert.Equal(2, code);
        Assert.Equal("error: --concurrency must be between 1 and 64 (got 0)", error.Trim());
    }
}
