namespace Audiobook.Benchmarks.Service;

/// <summary>Reads the service benchmarks' options (the same helpers the render benchmark uses).</summary>
internal static class Options
{
    public static int Int(IReadOnlyList<string> args, string name, int fallback) => RenderBenchmark.Option(args, name, fallback);

    public static string? Text(IReadOnlyList<string> args, string name) => RenderBenchmark.Text(args, name);

    public static string LoadAverage() => RenderBenchmark.LoadAverage();
}
