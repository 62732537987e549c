using System.Collections;

namespace Audiobook.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Fact]
    public async Task RunAsync_Help_ListsEveryVerb()
    {
        var (code, output, error) = await CliRun.RunAsync("--help");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        foreach (var verb in new[] { "inspect <book>", "estimate <book>", "voices", "preview <book>", "render <book>", "completion", "migrate", "worker", "publisher", "token", "submit <book>", "status <render>", "rerender <render>", "cancel <render>", "nightly" })
        {
            Assert.Contains("  " + verb, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--out <dir> (REQUIRED)")]
    [InlineData("--model <name>")]
    [InlineData("[default: qwen3-tts-flash-realtime]")]
    [InlineData("--concurrency <N>")]
    [InlineData("--format <m4b,mp3,epub3>")]
    [InlineData("[default: m4b,mp3]")]
    [InlineData("--profile <name>")]
    [InlineData("[default: audiobook]")]
    [InlineData("--speech-rate <rate>")]
    [InlineData("--region <region>")]
    [InlineData("[default: beijing]")]
    [InlineData("--chapters <list>")]
    [InlineData("--cache <dir>")]
    [InlineData("--include-front-matter")]
    [InlineData("--force")]
    [InlineData("--quiet")]
    public async Task RunAsync_RenderHelp_ListsTheOptionWithItsDefault(string expected)
    {
        var (code, output, _) = await CliRun.RunAsync("render", "--help");

        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RenderHelp_DefaultsAreTheConfiguredValues()
    {
        var environment = new Hashtable { ["AUDIOBOOK__Rendering__Concurrency"] = "7", ["DASHSCOPE_REGION"] = "intl" };

        var (_, output, _) = await CliRun.RunWithAsync(environment, "render", "--help");

        Assert.Matches(@"--concurrency <N>\s+.*\[default: 7\]", output);
        Assert.Matches(@"--region <region>\s+.*\[default: intl\]", output);
    }

    [Theory]
    [InlineData("inspect", "--json", "--lexicon <file>", "--region <region>", "--rpm <N>")]
    [InlineData("estimate", "--json", "--concurrency <N>", "--model <name>", "--include-back-matter")]
    [InlineData("voices", "--json", "--model <name>", "--model <name>", "--model <name>")]
    [InlineData("preview", "--segments <N>", "[default: 6]", "--voice <name>", "--out <file>")]
    [InlineData("submit", "--publisher <slug|id> (REQUIRED)", "--voice <name>", "--format <m4b,mp3,epub3>", "--nightly")]
    [InlineData("status", "--watch", "--json", "--publisher <slug|id>", "--limit <N>")]
    public async Task RunAsync_VerbHelp_ListsItsOptions(string verb, params string[] expected)
    {
        var (code, output, _) = await CliRun.RunAsync(verb, "--help");

        Assert.Equal(0, code);
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NoArguments_PrintsHelpAndExits2()
    {
        var (code, output, _) = await CliRun.RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }
}
