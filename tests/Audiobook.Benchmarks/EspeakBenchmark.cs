using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Rendering.Synthesis;
using Audiobook.Rendering.Synthesis.Retry;
using Audiobook.Tts;
using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.Benchmarks;

/// <summary><c>espeak</c>: the local server's speech alone, without the protocol. libespeak-ng in this process, one synthesis per
/// segment as the server runs it (a fresh image each), against the fair floor's speaking step in the same run: the <c>espeak-ng</c>
/// command per chapter, as many at a time as there are cores. Prints wall and CPU seconds and the samples' CRC, so a change to the
/// in-process path shows both its cost and whether the audio stayed the same.
/// Options: <c>--book PATH</c> or <c>--chars N</c> (generated), <c>--repeat N</c>.</summary>
internal sealed class EspeakBenchmark : IBenchmark
{
    public string Name => "espeak";

    public string Description => "in-process libespeak-ng per segment (as the local server speaks) vs the espeak-ng command per chapter";

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
        var invocation = Invocation(chapters);
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
                var (floorWall, floorCpu, floorAudio) = await CommandPerChapterAsync(chapters, root.FullName, cancellationToken).ConfigureAwait(false);
                Row(run, "espeak-ng command per chapter, all cores", floorWall, floorCpu, floorAudio);
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

    private static EspeakInvocation Invocation(IReadOnlyList<ChapterSegments> chapters)
    {
        var voice = RenderBench.Voice;
        var system = TtsModelCatalog.Find(voice.Model)!.SystemVoices.First(v => v.Name == voice.Voice);
        var languageType = chapters.SelectMany(c => c.Segments).Select(s => s.LanguageType).FirstOrDefault() ?? "English";
        return EspeakArguments.Build(EspeakVoiceMapper.ForSystemVoice(system), LanguageRouter.EspeakLanguage(languageType, cantonese: false), voice.SpeechRate, voice.PitchRate);
    }

    private static async Task<(TimeSpan Wall, CpuTimes Cpu, double AudioSeconds)> CommandPerChapterAsync(
        IReadOnlyList<ChapterSegments> chapters, string directory, CancellationToken cancellationToken)
    {
        var espeak = FairFloor.EspeakFor(RenderBench.Voice, chapters);
        var texts = new List<string>();
        for (var i = 0; i < chapters.Count; i++)
        {
            var path = Path.Combine(directory, $"chapter-{i:000}.txt");
            await File.WriteAllTextAsync(path, string.Join("\n\n", chapters[i].Segments.Select(s => s.Text)), cancellationToken).ConfigureAwait(false);
            texts.Add(path);
        }

        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(texts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (text, ct) => await FairFloor.RunAsync("espeak-ng", [.. espeak, "-w", Path.ChangeExtension(text, ".wav"), "-f", text], ct).ConfigureAwait(false))
            .ConfigureAwait(false);
        var elapsed = watch.Elapsed;
        var used = CpuTimes.Now() - cpu;
        return (elapsed, used, texts.Sum(t => (new FileInfo(Path.ChangeExtension(t, ".wav")).Length - 44) / 2.0 / 22050));
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

    private const int Sessions = 4;

    /// <summary>What the render's synthesis costs without the cache, the assembly and the encoders: every segment through the
    /// realtime client and the embedded server, <see cref="Sessions"/> sessions at a time, as the render synthesizes them.</summary>
    private static async Task<(TimeSpan Wall, CpuTimes Cpu, long Bytes)> ThroughProtocolAsync(
        IReadOnlyList<ChapterSegments> chapters, CancellationToken cancellationToken)
    {
        await using var server = await RenderBench.StartServerAsync(cancellationToken).ConfigureAwait(false);
        await using var synthesizer = new RealtimeSegmentSynthesizer(
            new SessionPoolSettings { Client = new TtsClientOptions { ApiKey = "bench", BaseUrl = server.RealtimeUri }, Voice = RenderBench.Voice, MaxSessions = Sessions },
            UnlimitedRateLimiter.Instance, new SynthesisRetryOptions(), TimeProvider.System);
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
