using System.Diagnostics;
using System.Globalization;
using Audiobook.Core.Segmentation;
using Audiobook.Rendering;

namespace Audiobook.Benchmarks;

/// <summary><c>render [--chars 300000] [--concurrency 4]</c>: end-to-end render of a generated book against the floor
/// measured in the same run (raw espeak-ng on the same text, plus one ffmpeg encode per deliverable), then a
/// re-render after editing one sentence against the full render.</summary>
internal sealed class RenderBenchmark : IBenchmark
{
    public string Name => "render";

    public string Description => "end-to-end render vs espeak-ng + ffmpeg floor; re-render after a one-sentence edit";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var chars = Option(args, "--chars", 300_000);
        var concurrency = Option(args, "--concurrency", 4);
        var root = Path.Combine(Path.GetTempPath(), "bench-render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var book = GeneratedBook.Create(chars);
            var text = string.Join("\n\n", new BookSegmenter(new SegmenterOptions()).Segment(book).SelectMany(c => c.Segments).Select(s => s.Text));
            Console.WriteLine($"book: {text.Length:N0} characters, {book.Chapters.Count} chapters; {Environment.ProcessorCount} cores; concurrency {concurrency}");

            var floor = await FloorAsync(text, root, cancellationToken).ConfigureAwait(false);
            await using var server = await RenderBench.StartServerAsync(cancellationToken).ConfigureAwait(false);
            var output = Path.Combine(root, "out");
            var cache = Path.Combine(root, "cache");
            var (full, fullTime) = await RenderBench.RenderAsync(server, book, output, cache, concurrency, OutputFormats.M4b | OutputFormats.Mp3, cancellationToken).ConfigureAwait(false);
            var edited = GeneratedBook.Create(chars, editedSentence: "This one sentence was edited after the first render.");
            var (again, againTime) = await RenderBench.RenderAsync(server, edited, output, cache, concurrency, OutputFormats.M4b | OutputFormats.Mp3, cancellationToken).ConfigureAwait(false);

            var audio = TimeSpan.FromMilliseconds(full.Manifest.Totals.DurationMs);
            Console.WriteLine();
            Console.WriteLine($"{"step",-52} {"wall s",8} {"ratio",7}");
            Row("floor: espeak-ng raw synthesis (1 process)", floor.Espeak, null);
            Row("floor: ffmpeg encode MP3 192k/44.1k (profile)", floor.Mp3, null);
            Row("floor: ffmpeg encode AAC 64k (profile coder)", floor.Aac, null);
            Row("floor total", floor.Total, 1.0);
            Row($"full render ({full.SegmentsSynthesized} segments, {audio.TotalHours:0.00} h audio)", fullTime, fullTime / floor.Total);
            Row($"re-render after a 1-sentence edit ({again.SegmentsSynthesized} synthesized, {again.ChaptersRendered} chapter)", againTime, againTime / fullTime);
            Console.WriteLine($"(re-render ratio is against the full render; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB)");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Row(string name, TimeSpan time, double? ratio) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {time.TotalSeconds,8:0.0} {(ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "x" : ""),7}"));

    private static async Task<(TimeSpan Espeak, TimeSpan Mp3, TimeSpan Aac, TimeSpan Total)> FloorAsync(string text, string root, CancellationToken cancellationToken)
    {
        var textFile = Path.Combine(root, "floor.txt");
        await File.WriteAllTextAsync(textFile, text, cancellationToken).ConfigureAwait(false);
        var wav = Path.Combine(root, "floor.wav");
        var espeak = await TimeAsync("espeak-ng", $"-v en -w \"{wav}\" -f \"{textFile}\"", cancellationToken).ConfigureAwait(false);
        var mp3 = await TimeAsync("ffmpeg", $"-nostdin -hide_banner -loglevel error -y -i \"{wav}\" -ar 44100 -c:a libmp3lame -b:a 192k \"{Path.Combine(root, "floor.mp3")}\"", cancellationToken).ConfigureAwait(false);
        var aac = await TimeAsync("ffmpeg", $"-nostdin -hide_banner -loglevel error -y -i \"{wav}\" -ar 24000 -c:a aac -aac_coder fast -b:a 64k \"{Path.Combine(root, "floor.m4a")}\"", cancellationToken).ConfigureAwait(false);
        return (espeak, mp3, aac, espeak + mp3 + aac);
    }

    internal static async Task<TimeSpan> TimeAsync(string program, string arguments, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"could not start {program}");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {await stderr.ConfigureAwait(false)}");
        }

        return watch.Elapsed;
    }

    internal static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }
}
