namespace Audiobook.Cli.Tests.Commands;

/// <summary>Bad command lines end in one line on standard error and exit code 2, before any work.</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("error: unknown option --voise (see 'audiobook render --help')", "render", "BOOK", "--out", "OUT", "--voise", "Cherry")]
    [InlineData("error: unknown command 'rendr' (see 'audiobook --help')", "rendr", "BOOK")]
    [InlineData("error: --out <dir> is required (see 'audiobook render --help')", "render", "BOOK")]
    [InlineData("error: --concurrency must be between 1 and 64 (got 0)", "render", "BOOK", "--out", "OUT", "--concurrency", "0")]
    [InlineData("error: --concurrency must be between 1 and 64 (got 65)", "estimate", "BOOK", "--concurrency", "65")]
    [InlineData("error: --speech-rate must be between 0.5 and 2 (got 9)", "render", "BOOK", "--out", "OUT", "--speech-rate", "9")]
    [InlineData("error: --volume must be between 0 and 100 (got 101)", "preview", "BOOK", "--volume", "101")]
    [InlineData("error: --format: unknown format 'wav' (m4b, mp3, epub3)", "render", "BOOK", "--out", "OUT", "--format", "wav")]
    [InlineData("error: --profile: unknown profile 'loud' (known: audiobook, acx, podcast, r128)", "render", "BOOK", "--out", "OUT", "--profile", "loud")]
    [InlineData("error: --rpm must be between 0 and 1000000 (got -1)", "inspect", "BOOK", "--rpm", "-1")]
    [InlineData("error: --chapters takes numbers and ranges like 3,7 or 2-5, not '5-2'", "render", "BOOK", "--out", "OUT", "--chapters", "5-2")]
    [InlineData("error: --segments must be at least 1", "preview", "BOOK", "--segments", "0")]
    [InlineData("error: --region: unknown region 'mars' (beijing, cn, cn-beijing, china, mainland; singapore, intl, international, ap-southeast-1)", "inspect", "BOOK", "--region", "mars")]
    public async Task RunAsync_BadCommandLine_OneLineAndExit2(string expected, params string[] args)
    {
        var output = Path.Combine(Path.GetTempPath(), "cli-parse-" + Guid.NewGuid().ToString("N"));
        var resolved = args.Select(a => a switch { "BOOK" => CliRun.Sample("chinese.md"), "OUT" => output, _ => a }).ToArray();

        var (code, stdout, error) = await CliRun.RunAsync(resolved);

        Assert.Equal(2, code);
        Assert.Equal(expected + "\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, stdout);
        Assert.False(Directory.Exists(output), "nothing is written for a bad command line");
    }

    [Fact]
    public async Task RunAsync_NotANumber_OneLineFromTheParser()
    {
        var (code, _, error) = await CliRun.RunAsync("estimate", CliRun.Sample("chinese.md"), "--concurrency", "abc");

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'abc'", error, StringComparison.Ordinal);
    }
}
