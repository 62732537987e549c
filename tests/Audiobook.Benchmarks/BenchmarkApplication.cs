namespace Audiobook.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Audiobook.Benchmarks -- &lt;name&gt;</c>.</summary>
internal static class BenchmarkApplication
{
    private static IReadOnlyList<IBenchmark> CreateBenchmarks() =>
    [
        // Each benchmark lives in <Name>Benchmark.cs; add it here.
        new RenderBenchmark(),
        new RenderMemoryBenchmark(),
        new TtsBenchmark(),
        new EspeakBenchmark(),
        new LoudnessBenchmark(),
        new IngestBenchmark(),
        new ServiceBenchmark(),
        new ServiceRateLimitBenchmark(),
        new ServiceScaleBenchmark(),
        new DashboardBenchmark(),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var benchmarks = CreateBenchmarks();
        var chosen = args.Length == 0 ? null : benchmarks.FirstOrDefault(b => b.Name == args[0]);
        if (chosen is null)
        {
            Console.WriteLine("usage: Audiobook.Benchmarks <name> [options]");
            foreach (var b in benchmarks)
            {
                Console.WriteLine($"  {b.Name,-10} {b.Description}");
            }

            return 2;
        }

        await chosen.RunAsync(args[1..], CancellationToken.None).ConfigureAwait(false);
        return 0;
    }
}
