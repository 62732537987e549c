namespace Audiobook.EndToEnd.Tests;

/// <summary>Bad requests end in one clear line and a non-zero exit code, before anything is spent.</summary>
public sealed class CliErrorTests
{
    private static string Sample(string name) => Path.Combine(RepositoryPaths.Samples, name);

    [Theory]
    [InlineData("unknown voice 'Nobody'", "render", "english-epub3.epub", "--out", "OUT", "--voice", "Nobody")]
    [InlineData("unknown model 'qwen9'", "render", "english-epub3.epub", "--out", "OUT", "--model", "qwen9")]
    [InlineData("unknown profile 'loud'", "render", "english-epub3.epub", "--out", "OUT", "--profile", "loud")]
    [InlineData("unknown format 'flac'", "render", "english-epub3.epub", "--out", "OUT", "--format", "flac")]
    [InlineData("--out <dir> is required", "render", "english-epub3.epub")]
    [InlineData("unknown option --voise", "render", "english-epub3.epub", "--out", "OUT", "--voise", "Cherry")]
    [InlineData("no such file", "render", "missing.epub", "--out", "OUT")]
    [InlineData("unknown command 'rendr'", "rendr")]
    public async Task Run_BadRequest_OneLineAndExitCode2(string expected, params string[] args)
    {
        var output = Path.Combine(Path.GetTempPath(), "cli-err-" + Guid.NewGuid().ToString("N"));
        var resolved = args.Select(a => a == "OUT" ? output : a.Contains('.', StringComparison.Ordinal) && !a.StartsWith('-') ? Sample(a) : a).ToArray();

        var (code, _, error) = await CliRunner.RunAsync(resolved);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(output), "nothing is written for a bad request");
    }
}
