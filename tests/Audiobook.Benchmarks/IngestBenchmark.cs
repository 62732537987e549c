using System.Diagnostics;
using System.Globalization;
using System.Text;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;

namespace Audiobook.Benchmarks;

/// <summary>
/// <c>ingest</c>: generates a multi-megabyte Markdown book mixing English and Chinese paragraphs, then measures
/// <see cref="BookReader"/> (read + Markdown parse) and <see cref="BookSegmenter"/> (normalize, split, pack, hash)
/// throughput, best of N runs, against the floor of just touching the bytes (File.ReadAllText + string.Split on '.').
/// Options: <c>--mb N</c> (default 5), <c>--runs N</c> (default 3), <c>--format md|txt</c> (default md).
/// <c>--pathological</c> instead times the inputs the tests once guarded with a stopwatch or a timeout
/// (<see cref="PathologicalInputs"/>), best of <c>--runs</c> (default 1).
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    private static readonly string[] English =
    [
        "The last ferry to Harrow Island left at 11.40 p.m., and Nora Finch had never once missed it.",
        "Mr. Oduya always saved her the seat by the window, the one with the cracked brass handle.",
        "\"You'll wear a hole in that glass,\" he told her, \"the way you stare at the water.\"",
        "The barometer dropped from 30.1 to 29.4 inches in under six hours, e.g. faster than anyone remembered.",
        "She wrote to Dr. Hale at hale@example.org and checked https://example.com/weather?coast=north twice.",
        "There was no wind to blame, no wave to fight, nothing to do but sit in the dark and listen to the water slap against the hull, and to the small sounds the old boat made as it settled and shifted.",
    ];

    private static readonly string[] Chinese =
    [
        "老周在青石岬守了二十二年灯塔，从来没有让灯熄灭过一次。",
        "“这样的平静，”他对海鸥说，“不过是潮水在屏住呼吸。”",
        "气压计在不到六个小时之内，从一〇二〇百帕跌到了九百九十五百帕！",
        "周明用手转动透镜，嘴里数着：一、二、三，闪；一、二、三，闪。",
        "风声、雨声和浪声混在一起，听不出哪一个更响；塔身在风里微微发抖，像一根被拨动的琴弦；灯室里的煤油味、铁锈味和海水的咸味混在一起，呛得人直流眼泪。",
        "她查了整整两天，最后发现问题出在一个单位换算上：有人把 miles 当成了 kilometers。",
    ];

    public string Name => "ingest";

    public string Description => "read + segment a generated multi-MB English/Chinese book; MB/s, memory, vs ReadAllText+Split";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Contains("--pathological"))
        {
            await RunPathologicalAsync(int.Parse(Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return;
        }

        var megabytes = double.Parse(Option(args, "--mb") ?? "5", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var format = Option(args, "--format") ?? "md";
        var dir = Directory.CreateTempSubdirectory("ingest-bench-");
        try
        {
            var path = Path.Combine(dir.FullName, "book." + format);
            await File.WriteAllTextAsync(path, Generate((long)(megabytes * 1024 * 1024), format == "md"), cancellationToken).ConfigureAwait(false);
            var bytes = new FileInfo(path).Length;
            var mb = bytes / 1024.0 / 1024.0;
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {mb:0.00} MB {format} ({bytes:N0} bytes), English and Chinese paragraphs, {runs} runs each (best kept)"));

            var segmenter = new BookSegmenter(SegmenterOptions.Default);
            // Each measurement is awaited before the next starts, so runs never overlap.
            var baselineRun = await Best(runs, () => Task.FromResult(File.ReadAllText(path).Split('.').Length)).ConfigureAwait(false);
            var readRun = await Best(runs, async () => (await BookReader.ReadAsync(path, IngestOptions.Default, cancellationToken).ConfigureAwait(false)).Chapters.Count).ConfigureAwait(false);
            var book = await BookReader.ReadAsync(path, IngestOptions.Default, cancellationToken).ConfigureAwait(false);
            var segmentRun = await Best(runs, () => Task.FromResult(segmenter.Segment(book).Sum(c => c.Segments.Count))).ConfigureAwait(false);
            var bothRun = await Best(runs, async () =>
            {
                var b = await BookReader.ReadAsync(path, IngestOptions.Default, cancellationToken).ConfigureAwait(false);
                return segmenter.Segment(b).Sum(c => c.Segments.Count);
            }).ConfigureAwait(false);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"output: {readRun.Result} chapters, {segmentRun.Result:N0} segments ({baselineRun.Result:N0} pieces from the baseline split)"));
            Console.WriteLine();
            Console.WriteLine("| step | best wall s | CPU s | MB/s (wall) | allocated MB | × baseline |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Row("baseline: File.ReadAllText + Split('.')", baselineRun, mb, baselineRun);
            Row("BookReader.ReadAsync (read + parse)", readRun, mb, baselineRun);
            Row("BookSegmenter.Segment", segmentRun, mb, baselineRun);
            Row("read + segment", bothRun, mb, baselineRun);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB ({process.PeakWorkingSet64 / (double)bytes:0.0} × the file)"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task RunPathologicalAsync(int runs)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; best of {runs} run(s)");
        Console.WriteLine();
        Console.WriteLine("| input | guarded before by | best wall s | CPU s | allocated MB | result |");
        Console.WriteLine("|---|---|---:|---:|---:|---|");
        foreach (var (name, guarded, build) in PathologicalInputs.All)
        {
            var run = build();
            string? result = null;
            var measured = await Best(runs, () =>
            {
                result = run();
                return Task.FromResult(0);
            }).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {guarded} | {measured.Wall.TotalSeconds:0.000} | {measured.Cpu.TotalSeconds:0.000} | {measured.Allocated / 1024.0 / 1024.0:0} | {result} |"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
    }

    // Best wall time of the runs, with the CPU time and allocations of that run (CPU time is steadier on a busy machine).
    private static async Task<Measurement> Best(int runs, Func<Task<int>> action)
    {
        Measurement? best = null;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await action().ConfigureAwait(false);
            watch.Stop();
            process.Refresh();
            var run = new Measurement(watch.Elapsed, process.TotalProcessorTime - cpuBefore, GC.GetTotalAllocatedBytes(precise: true) - before, result);
            best = best is null || run.Wall < best.Wall ? run : best;
        }

        return best!;
    }

    private static void Row(string step, Measurement m, double mb, Measurement baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {step} | {m.Wall.TotalSeconds:0.000} | {m.Cpu.TotalSeconds:0.000} | {mb / m.Wall.TotalSeconds:0.0} | {m.Allocated / 1024.0 / 1024.0:0} | {m.Wall / baseline.Wall:0.0} |"));

    private sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long Allocated, int Result);

    // A deterministic book: chapters of paragraphs that alternate English and Chinese sentences, scene breaks, a code block.
    private static string Generate(long targetBytes, bool markdown)
    {
        var random = new Random(20250101);
        var text = new StringBuilder(markdown
            ? "---\ntitle: Benchmark Book 基准测试\nauthor: Generator\nlanguage: en\n---\n\n# Benchmark Book\n\n"
            : "Benchmark Book\n\n");
        long bytes = Encoding.UTF8.GetByteCount(text.ToString());
        var chapter = new StringBuilder();
        for (var number = 1; bytes < targetBytes; number++)
        {
            chapter.Clear();
            chapter.Append(markdown ? $"## Chapter {number}\n\n" : $"Chapter {number}\n\n");
            for (var p = 0; p < 40; p++)
            {
                var pool = random.Next(2) == 0 ? English : Chinese;
                var sentences = random.Next(1, 8);
                for (var s = 0; s < sentences; s++)
                {
                    chapter.Append(pool[random.Next(pool.Length)]).Append(pool == English ? " " : string.Empty);
                }

                chapter.Append("\n\n");
                if (p == 20)
                {
                    chapter.Append("* * *\n\n");
                }

                if (markdown && p == 30)
                {
                    chapter.Append("```\nint skipped = 1;\n```\n\n");
                }
            }

            var piece = chapter.ToString();
            bytes += Encoding.UTF8.GetByteCount(piece);
            text.Append(piece);
        }

        return text.ToString();
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
