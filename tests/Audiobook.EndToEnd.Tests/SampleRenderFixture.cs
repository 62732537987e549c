namespace Audiobook.EndToEnd.Tests;

/// <summary>Renders every sample once through the CLI (embedded engine, real ffmpeg), shared by the tests that inspect the outputs.</summary>
public sealed class SampleRenderFixture : IAsyncLifetime
{
    public static readonly string[] Samples = ["english-epub3.epub", "english-epub2.epub", "chinese.md", "mixed-zh-en.md", "plain-english.txt"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "e2e-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, (int ExitCode, string Out, string Error, string Output)> Results { get; } = [];

    public string OutputFor(string sample) => Path.Combine(_root, Path.GetFileNameWithoutExtension(sample));

    public async Task InitializeAsync()
    {
        foreach (var sample in Samples)
        {
            var output = OutputFor(sample);
            var (code, stdout, stderr) = await CliRunner.RunAsync(
                "render", Path.Combine(RepositoryPaths.Samples, sample), "--out", output, "--cache", Path.Combine(_root, "cache"),
                "--profile", sample.StartsWith("english-epub3", StringComparison.Ordinal) ? "acx" : "audiobook", "--quiet");
            Results[sample] = (code, stdout, stderr, output);
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
