using System.Diagnostics;
using System.Globalization;
using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Media.Mastering;
using Audiobook.Rendering;

namespace Audiobook.Benchmarks;

/// <summary><c>render [--book PATH | --chars 300000] [--concurrency 4] [--cores N] [--profile audiobook] [--repeat 1] [--edit] [--no-floor]</c>:
/// the fair floor (<see cref="FairFloor"/>) and the full render (M4B + MP3) side by side in one run, the render once with an empty
/// segment cache and once with every segment cached, each as a ratio to the mean of the floors measured just before and just
/// after it; with <c>--edit</c> (generated book only) also a re-render after editing one sentence. <c>--repeat N</c> measures
/// both renders N times, with a floor between each pair.</summary>
internal sealed class RenderBenchmark : IBenchmark
{
    private const OutputFormats Formats = OutputFormats.M4b | OutputFormats.Mp3;

    public string Name => "render";

    public string Description => "full render (empty and warm cache) vs the fair floor: espeak-ng and both encoders over all cores";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var bookPath = Text(args, "--book");
        var chars = Option(args, "--chars", 300_000);
        var concurrency = Option(args, "--concurrency", 4);
        var cores = Option(args, "--cores", Environment.ProcessorCount);
        var repeat = Option(args, "--repeat", 1);
        var profile = MasteringProfiles.Get(Text(args, "--profile") ?? "audiobook");
        var book = bookPath is null
            ? GeneratedBook.Create(chars)
            : await BookReader.ReadAsync(bookPath, IngestOptions.Default, cancellationToken).ConfigureAwait(false);
        var chapters = new BookSegmenter(new SegmenterOptions()).Segment(book);
        var root = Path.Combine(Path.GetTempPath(), "bench-render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var characters = chapters.Sum(c => c.Segments.Sum(s => s.Text.Length));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"book: {bookPath ?? "generated"}: {characters:N0} characters, {chapters.Count} chapters, {chapters.Sum(c => c.Segments.Count):N0} segments"));
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores (floor spread over {cores}); render concurrency {concurrency}; profile {profile.Name}; load {LoadAverage()}");
            await using var server = await RenderBench.StartServerAsync(cancellationToken).ConfigureAwait(false);
            if (args.Contains("--no-floor"))
            {
                await RendersOnlyAsync(server, book, root, concurrency, profile, repeat, cancellationToken).ConfigureAwait(false);
                return;
            }

            // The machine is shared, so its load drifts while a render runs: every render is compared with the mean of the
            // floor measured just before it and the floor measured just after it.
            var rows = new List<string>();
            var floor = await MeasureFloorAsync(chapters, profile, cores, root, 1, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"floor espeak-ng arguments: {floor.EspeakArguments}; floor audio {floor.AudioSeconds / 3600:0.00} h");
            Console.WriteLine();
            Console.WriteLine("| run | step | wall s | CPU s in process | CPU s in espeak-ng/ffmpeg | ratio to floor |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|");
            FloorRows(1, floor, profile, cores);
            for (var run = 1; run <= repeat; run++)
            {
                var cache = Path.Combine(root, $"cache-{run}");
                var cold = await MeasureRenderAsync(server, book, Path.Combine(root, $"cold-{run}"), cache, concurrency, profile, cancellationToken).ConfigureAwait(false);
                var warm = await MeasureRenderAsync(server, book, Path.Combine(root, $"warm-{run}"), cache, concurrency, profile, cancellationToken).ConfigureAwait(false);
                var next = await MeasureFloorAsync(chapters, profile, cores, root, run + 1, cancellationToken).ConfigureAwait(false);
                var reference = (floor.Total + next.Total) / 2;
                var masteredReference = (floor.MasteredTotal + next.MasteredTotal) / 2;
                Row(run, $"**render, empty cache** ({cold.Result.SegmentsSynthesized} segments synthesized, {cold.Result.Manifest.Totals.DurationMs / 3_600_000.0:0.00} h audio)", cold.Elapsed, cold.Cpu, cold.Elapsed / reference);
                Row(run, $"**render, warm cache** ({warm.Result.SegmentsFromCache} segments cached)", warm.Elapsed, warm.Cpu, warm.Elapsed / reference);
                FloorRows(run + 1, next, profile, cores);
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: floor {floor.Total.TotalSeconds:0.0} s before, {next.Total.TotalSeconds:0.0} s after; empty cache {cold.Elapsed / reference:0.00}x, warm cache {warm.Elapsed / reference:0.00}x the floor"));
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: mastered floor {floor.MasteredTotal.TotalSeconds:0.0} s before, {next.MasteredTotal.TotalSeconds:0.0} s after; empty cache {cold.Elapsed / masteredReference:0.00}x, warm cache {warm.Elapsed / masteredReference:0.00}x the mastered floor; CPU: empty {cold.Cpu.Total / MeanCpu(floor, next):0.00}x, warm {warm.Cpu.Total / MeanCpu(floor, next):0.00}x the floor's, empty {cold.Cpu.Total / MeanMasteredCpu(floor, next):0.00}x, warm {warm.Cpu.Total / MeanMasteredCpu(floor, next):0.00}x the mastered floor's"));
                Directory.Delete(Path.Combine(root, $"cold-{run}"), recursive: true);
                Directory.Delete(Path.Combine(root, $"warm-{run}"), recursive: true);
                if (args.Contains("--edit") && bookPath is null)
                {
                    var edited = GeneratedBook.Create(chars, editedSentence: "This one sentence was edited after the first render.");
                    var output = Path.Combine(root, $"edit-{run}");
                    await MeasureRenderAsync(server, book, output, cache, concurrency, profile, cancellationToken).ConfigureAwait(false);
                    var again = await MeasureRenderAsync(server, edited, output, cache, concurrency, profile, cancellationToken).ConfigureAwait(false);
                    Row(run, $"re-render after a 1-sentence edit ({again.Result.SegmentsSynthesized} synthesized, {again.Result.ChaptersRendered} chapter)", again.Elapsed, again.Cpu, again.Elapsed / next.Total);
                }

                Directory.Delete(cache, recursive: true);
                floor = next;
            }

            Console.WriteLine();
            rows.ForEach(Console.WriteLine);
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB (renderer and server in one process); load {LoadAverage()}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary><c>--no-floor</c>: the renders alone (empty cache, then warm), for profiling the render's own CPU; no ratios.</summary>
    private static async Task RendersOnlyAsync(
        Audiobook.TtsServer.LocalTtsServer server, Book book, string root, int concurrency, MasteringProfile profile, int repeat, CancellationToken cancellationToken)
    {
        Console.WriteLine("| run | step | wall s | CPU s in process | CPU s in espeak-ng/ffmpeg | ratio to floor |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        for (var run = 1; run <= repeat; run++)
        {
            var cache = Path.Combine(root, $"cache-{run}");
            var cold = await MeasureRenderAsync(server, book, Path.Combine(root, $"cold-{run}"), cache, concurrency, profile, cancellationToken).ConfigureAwait(false);
            Row(run, $"render, empty cache ({cold.Result.SegmentsSynthesized} segments synthesized)", cold.Elapsed, cold.Cpu, null);
            var warm = await MeasureRenderAsync(server, book, Path.Combine(root, $"warm-{run}"), cache, concurrency, profile, cancellationToken).ConfigureAwait(false);
            Row(run, $"render, warm cache ({warm.Result.SegmentsFromCache} segments cached)", warm.Elapsed, warm.Cpu, null);
            Directory.Delete(root, recursive: true);
            Directory.CreateDirectory(root);
        }
    }

    private static async Task<FloorResult> MeasureFloorAsync(
        IReadOnlyList<ChapterSegments> chapters, MasteringProfile profile, int cores, string root, int number, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(root, $"floor-{number}");
        var floor = await FairFloor.MeasureAsync(chapters, RenderBench.Voice, profile, 24000, cores, directory, cancellationToken).ConfigureAwait(false);
        Directory.Delete(directory, recursive: true);
        return floor;
    }

    private static void FloorRows(int run, FloorResult floor, MasteringProfile profile, int cores)
    {
        Row(run, $"floor: espeak-ng, {cores} at a time", floor.Speak, floor.SpeakCpu, null);
        Row(run, $"floor: MP3 {profile.Mp3.BitrateKbps}k + AAC {profile.Aac.BitrateKbps}k {profile.Aac.Coder}, {cores} at a time", floor.Encode, floor.EncodeCpu, null);
        Row(run, "**floor total**", floor.Total, floor.Cpu, 1.0);
        Row(run, $"mastered floor: the same encodes through the render's mastering chain (gain +{FairFloor.MasteringGainDb} dB, resampling, limiter)", floor.MasteredEncode, floor.MasteredEncodeCpu, null);
        Row(run, "**mastered floor total**", floor.MasteredTotal, floor.MasteredCpu, null);
    }

    private static double MeanCpu(FloorResult before, FloorResult after) =>
        (before.Cpu.Total + after.Cpu.Total) / 2;

    private static double MeanMasteredCpu(FloorResult before, FloorResult after) =>
        (before.MasteredCpu.Total + after.MasteredCpu.Total) / 2;

    private static async Task<(RenderResult Result, TimeSpan Elapsed, CpuTimes Cpu)> MeasureRenderAsync(
        Audiobook.TtsServer.LocalTtsServer server, Book book, string output, string cache, int concurrency, MasteringProfile profile, CancellationToken cancellationToken)
    {
        var cpu = CpuTimes.Now();
        var (result, elapsed) = await RenderBench.RenderAsync(server, book, output, cache, concurrency, Formats, cancellationToken, profile).ConfigureAwait(false);
        return (result, elapsed, CpuTimes.Now() - cpu);
    }

    private static void Row(int run, string name, TimeSpan time, CpuTimes cpu, double? ratio) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {name} | {time.TotalSeconds:0.0} | {cpu.Own:0.0} | {cpu.Children:0.0} | {(ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "")} |"));

    /// <summary>The 1, 5 and 15 minute load averages: the machine is shared, so every figure says how busy it was.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    internal static int Option(IReadOnlyList<string> args, string name, int fallback) =>
        Text(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    internal static string? Text(IReadOnlyList<string> args, string name)
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
