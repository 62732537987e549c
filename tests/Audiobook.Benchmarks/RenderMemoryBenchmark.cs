using System.Diagnostics;
using Audiobook.Rendering;

namespace Audiobook.Benchmarks;

/// <summary><c>render-memory --chars N</c>: peak memory of a whole render (M4B) of an N-character book, server included.
/// Run it once per size in a fresh process so each peak is its own.</summary>
internal sealed class RenderMemoryBenchmark : IBenchmark
{
    public string Name => "render-memory";

    public string Description => "peak working set and managed heap of a render of --chars N characters";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var chars = RenderBenchmark.Option(args, "--chars", 100_000);
        var concurrency = RenderBenchmark.Option(args, "--concurrency", 4);
        var root = Path.Combine(Path.GetTempPath(), "bench-mem-" + Guid.NewGuid().ToString("N"));
        try
        {
            var baseline = Process.GetCurrentProcess().PeakWorkingSet64;
            await using var server = await RenderBench.StartServerAsync(cancellationToken).ConfigureAwait(false);
            var (result, elapsed) = await RenderBench.RenderAsync(
                server, GeneratedBook.Create(chars), Path.Combine(root, "out"), Path.Combine(root, "cache"), concurrency, OutputFormats.M4b, cancellationToken).ConfigureAwait(false);
            var process = Process.GetCurrentProcess();
            Console.WriteLine($"characters {chars:N0}: audio {TimeSpan.FromMilliseconds(result.Manifest.Totals.DurationMs):h\\:mm\\:ss}, wall {elapsed.TotalSeconds:0.0} s, "
                + $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB (at start {baseline / 1048576.0:0} MiB), "
                + $"managed heap now {GC.GetTotalMemory(false) / 1048576.0:0} MiB, allocated in total {GC.GetTotalAllocatedBytes() / 1048576.0:0} MiB");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
