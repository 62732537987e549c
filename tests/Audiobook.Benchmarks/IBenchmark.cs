namespace Audiobook.Benchmarks;

/// <summary>A benchmark verb: runs the measurement and the in-run baseline, prints figures (never asserts).</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
