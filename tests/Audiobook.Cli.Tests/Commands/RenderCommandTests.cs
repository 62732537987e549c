using System.Collections;
using System.Text.Json;

namespace Audiobook.Cli.Tests.Commands;

/// <summary>A real render through the embedded engine, configured entirely by environment variables.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cli-render-").FullName;

    [Fact]
    public async Task RunAsync_EngineInjectsTransientErrors_RetriesShownInSummaryAndManifest()
    {
        var book = Path.Combine(_root, "short.md");
        await File.WriteAllTextAsync(book, "# One\n\nThe tide came in. The boats rose with it. Gulls called over the water.\n\n# Two\n\nBy evening the harbour was quiet. A lamp was lit. Someone laughed on the pier.\n");
        var environment = new Hashtable
        {
            // Every third response is an error event (InternalError: retryable); retries wait 10 ms, not seconds.
            ["AUDIOBOOK__TtsServer__Faults__ErrorEveryNthResponse"] = "3",
            ["AUDIOBOOK__Retry__BaseDelay"] = "00:00:00.010",
            ["AUDIOBOOK__Retry__MaxDelay"] = "00:00:00.050",
            ["AUDIOBOOK_CACHE"] = Path.Combine(_root, "cache"),
        };
        var output = Path.Combine(_root, "out");

        var (code, stdout, error) = await CliRun.RunWithAsync(environment, "render", book, "--out", output, "--format", "mp3", "--quiet", "--concurrency", "2");

        Assert.True(code == 0, error);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "manifest.json")));
        var retries = manifest.RootElement.GetProperty("totals").GetProperty("retries_this_run").GetInt32();
        Assert.True(retries > 0, "every third response failed, so some segment was retried");
        Assert.Contains($"{retries} TTS retries", stdout, StringComparison.Ordinal);
        Assert.Empty(manifest.RootElement.GetProperty("suspicious").EnumerateArray());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
