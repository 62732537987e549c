namespace Audiobook.Cli.Tests.Commands;

public sealed class CompletionCommandTests
{
    [Fact]
    public async Task RunAsync_Bash_PrintsAScriptUsingTheSuggestDirective()
    {
        var (code, output, _) = await CliRun.RunAsync("completion", "bash");

        Assert.Equal(0, code);
        Assert.Contains("[suggest:${COMP_POINT}]", output, StringComparison.Ordinal);
        Assert.Contains("complete -o default -F _audiobook_complete audiobook", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownShell_OneLineAndExit2()
    {
        var (code, _, error) = await CliRun.RunAsync("completion", "fish");

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("audiobook ", "render")]
    [InlineData("audiobook render book.epub --", "--concurrency")]
    [InlineData("audiobook render book.epub --profile ", "acx")]
    [InlineData("audiobook inspect book.epub --region ", "ap-southeast-1")]
    public async Task SuggestDirective_PartialLine_OffersCompletions(string line, string expected)
    {
        var (code, output, _) = await CliRun.RunAsync($"[suggest:{line.Length}]", line);

        Assert.Equal(0, code);
        Assert.Contains(expected, output.Split('\n', StringSplitOptions.TrimEntries));
    }
}
