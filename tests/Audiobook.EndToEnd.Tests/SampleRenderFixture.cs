namespace Audiobook.EndToEnd.Tests;

/// <summary>Renders every sample once through the CLI (embedded engine, real ffmpeg) with every deliverable, read-along
/// EPUB included, and the grouped-TOC fixture as a read-along EPUB only; shared by the tests that inspect the outputs.</summary>
public sealed class SampleRenderFixture : IAsyncLifetime
{
    public static readonly string[] Samples = ["english-epub3.epub", "english-epub2.epub", "chinese.md", "mixed-zh-en.md", "plain-english.txt"];

    /// <summary>Books rendered only as read-along EPUBs: one content document under a grouped, nested table of contents, and
    /// an EPUB 2 book with a print page list and a guide.</summary>
    public static readonly string[] ReadAlongFixtures = ["grouped-anthology.epub", "paged-epub2.epub"];

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
                "--profile", sample.StartsWith("english-epub3", StringComparison.Ordinal) ? "acx" : "audiobook", "--format", "m4b,mp3,epub3", "--quiet");
            Results[sample] = (code, stdout, stderr, output);
        }

        foreach (var book in ReadAlongFixtures)
        {
            var output = OutputFor(book);
            var (code, stdout, stderr) = await CliRunner.RunAsync(
                "render", Path.Combine(RepositoryPaths.IngestFixtures, book), "--out", output, "--cache", Path.Combine(_root, "cache"), "--format", "epub3", "--quiet");
            Results[book] = (code, stdout, stderr, output);
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
