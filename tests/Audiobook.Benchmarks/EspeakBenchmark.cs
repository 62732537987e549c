using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.Benchmarks;

/// <summary><c>espeak</c>: the render's synthesis path on its own. The fair floor's speaking step (the <c>espeak-ng</c> command per
/// chapter, as many at a time as there are cores), then in the same run: libespeak-ng in this process, one synthesis per segment as the
/// local server runs it (a fresh image each; the samples' CRC is printed, so a change shows whether the audio stayed the same), the
/// same number of syntheses of "." (the cost per synthesis), and the segments through the realtime client and the embedded server
/// (no cache, no assembly, no encoders). Prints wall and CPU seconds.
/// Options: <c>--book PATH</c> or <c>--chars N</c> (generated), <c>--repeat N</c>.</summary>
internal sealed class EspeakBenchmark : IBenchmark
{
    // As many sessions as the render's default concurrency.
    private const int Sessions = 4;

    public string Name => "espeak";

    public string Description => "the synthesis path alone: in-process libespeak-ng per segment and through the protocol vs the espeak-ng command per chapter";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var bookPath = RenderBenchmark.Text(args, "--book");
        var repeat = RenderBenchmark.Option(args, "--repeat", 1);
        var book = bookPath is null
            ? GeneratedBook.Create(RenderBenchmark.Option(args, "--chars", 130_000))
            : await BookReader.ReadAsync(bookPath, IngestOptions.Default, cancellationToken).ConfigureAwait(false);
        var chapters = new BookSegmenter(new SegmenterOptions()).Segment(book);
        var library = EspeakLibrary.TryOpen("libespeak-ng.so.1")
            ?? throw new InvalidOperationException("libespeak-ng.so.1 does not load here; install libespeak-ng1");
        var invocation = FairFloor.EspeakInvocationFor(RenderBench.Voice, chapters);
        var texts = chapters.SelectMany(c => c.Segments).Select(s => s.Text).ToList();
        var root = Directory.CreateTempSubdirectory("bench-espeak-");
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"book: {bookPath ?? "generated"}: {texts.Sum(t => t.Length):N0} characters, {chapters.Count} chapters, {texts.Count:N0} segments; voice {invocation.Voice}; load {RenderBenchmark.LoadAverage()}"));
            Console.WriteLine("| run | path | wall s | CPU s in process | CPU s in espeak-ng | audio h |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|");
            for (var run = 1; run <= repeat; run++)
            {
                var (floorWall, floorCpu, chapterTexts) = await FairFloor.SpeakAsync(chapters, RenderBench.Voice, Environment.ProcessorCount, root.FullName, cancellationToken).ConfigureAwait(false);
                Row(run, "espeak-ng command per chapter, all cores", floorWall, floorCpu, FairFloor.AudioSeconds(chapterTexts));
                var (wall, cpu, samples, crc) = await InProcessAsync(library, invocation, texts, cancellationToken).ConfigureAwait(false);
                Row(run, $"libespeak-ng in process per segment (CRC {crc:x8})", wall, cpu, samples / (double)library.SampleRate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {run} | in process / command, CPU | | **{cpu.Total / floorCpu.Total:0.00}×** | | |"));
                // What a synthesis costs before it speaks: load, initialize, select the voice, unload.
                var (overheadWall, overheadCpu, overheadSamples, _) = await InProcessAsync(library, invocation, [.. texts.Select(_ => ".")], cancellationToken).ConfigureAwait(false);
                Row(run, $"libespeak-ng in process, {texts.Count:N0} syntheses of \".\" (the cost per synthesis)", overheadWall, overheadCpu, overheadSamples / (double)library.SampleRate);
                var (protocolWall, protocolCpu, protocolBytes) = await ThroughProtocolAsync(chapters, cancellationToken).ConfigureAwait(false);
                Row(run, $"the same segments through the protocol ({Sessions} sessions to the embedded server, 24 kHz PCM, no cache)", protocolWall, protocolCpu, protocolBytes / 2.0 / 24000);
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<(TimeSpan Wall, CpuTimes Cpu, long Samples, uint Crc)> InProcessAsync(
        EspeakLibrary library, EspeakInvocation invocation, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var crc = new Crc32();
        long samples = 0;
        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            await foreach (var buffer in library.SpeakAsync(invocation, text, cancellationToken).ConfigureAwait(false))
            {
                crc.Append(MemoryMarshal.AsBytes(buffer.AsSpan()));
                samples += buffer.Length;
            }
        }

        return (watch.Elapsed, CpuTimes.Now() - cpu, samples, crc.GetCurrentHashAsUInt32());
    }

    /// <summary>What the render's synthesis costs without the cache, the assembly and the encoders: every segment through the
    /// realtime client and the embedded server, <see cref="Sessions"/> sessions at a time, as the render synthesizes them.</summary>
    private static async Task<(TimeSpan Wall, CpuTimes Cpu, long Bytes)> ThroughProtocolAsync(
        IReadOnlyList<ChapterSegments> chapters, CancellationToken cancellationToken)
    {
        await using var server = await RenderBench.StartServerAsync(cancellationToken).ConfigureAwait(false);
        await using var synthesizer = RenderBench.CreateSynthesizer(server, Sessions);
        long bytes = 0;
        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(chapters.SelectMany(c => c.Segments), new ParallelOptions { MaxDegreeOfParallelism = Sessions, CancellationToken = cancellationToken },
            async (segment, ct) =>
            {
                var outcome = await synthesizer.SynthesizeAsync(segment.Text, segment.LanguageType, Stream.Null, ct).ConfigureAwait(false);
                Interlocked.Add(ref bytes, outcome.AudioBytes);
            }).ConfigureAwait(false);
        return (watch.Elapsed, CpuTimes.Now() - cpu, bytes);
    }

    private static void Row(int run, string path, TimeSpan wall, CpuTimes cpu, double audioSeconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {path} | {wall.TotalSeconds:0.00} | {cpu.Own:0.00} | {cpu.Children:0.00} | {audioSeconds / 3600:0.00} |"));
}
