using System.Diagnostics;
using System.Globalization;
using System.Text;
using Audiobook.Media;
using Audiobook.Media.Encoding;
using Audiobook.Media.Loudness;
using Audiobook.Media.Mastering;
using Audiobook.Media.Probing;

namespace Audiobook.Benchmarks;

/// <summary><c>loudness</c>: on ~20 minutes of espeak-ng speech (24 kHz mono s16le), the in-process
/// <see cref="LoudnessMeter"/> against ffmpeg's <c>ebur128=peak=true</c> pass on the same PCM (values, difference,
/// speed), then the encodes: AAC fast vs twoloop, MP3 192 kbps CBR 44.1 kHz, and the two M4B paths (per-chapter AAC
/// + stream-copy mux vs one single-pass encode). Options: <c>--minutes N</c> (default 20), <c>--chapters N</c> (default 10).</summary>
internal sealed class LoudnessBenchmark : IBenchmark
{
    private static readonly PcmFormat Format = PcmFormat.Default;

    public string Name => "loudness";

    public string Description => "in-process LoudnessMeter vs ffmpeg ebur128 on ~20 min of speech; AAC fast/twoloop, MP3, M4B paths";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var minutes = double.Parse(Option(args, "--minutes") ?? "20", CultureInfo.InvariantCulture);
        var chapters = int.Parse(Option(args, "--chapters") ?? "10", CultureInfo.InvariantCulture);
        var dir = Directory.CreateTempSubdirectory("loudness-bench-");
        try
        {
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
            var sw = Stopwatch.StartNew();
            var pcm = await MakeSpeechAsync(dir.FullName, minutes, cancellationToken).ConfigureAwait(false);
            var audio = Format.DurationOf(new FileInfo(pcm).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speech: {audio.TotalMinutes:0.0} min of espeak-ng at 24 kHz mono, made in {sw.Elapsed.TotalSeconds:0.0} s"));

            await using var probe = new MediaProbe();
            await using var encoder = new AudioEncoder();
            await MeterAsync(pcm, cancellationToken).ConfigureAwait(false); // warm-up: JIT and page cache
            var (ours, oursTime) = await MeterAsync(pcm, cancellationToken).ConfigureAwait(false);
            sw.Restart();
            var ffmpeg = await probe.MeasureEbur128Async(pcm, Format, cancellationToken).ConfigureAwait(false);
            var ffmpegTime = sw.Elapsed;

            Console.WriteLine();
            Console.WriteLine("| meter | integrated LUFS | true peak dBTP | LRA LU | wall s | x real time |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Row("LoudnessMeter (in-process)", ours.IntegratedLufs, ours.TruePeakDbtp, ours.LoudnessRangeLu, oursTime, audio);
            Row("ffmpeg -af ebur128=peak=true", ffmpeg.IntegratedLufs, ffmpeg.TruePeakDbtp ?? double.NaN, ffmpeg.LoudnessRangeLu, ffmpegTime, audio);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"difference (ours - ffmpeg): integrated {ours.IntegratedLufs - ffmpeg.IntegratedLufs:+0.00;-0.00} LU, true peak {ours.TruePeakDbtp - (ffmpeg.TruePeakDbtp ?? double.NaN):+0.00;-0.00} dB; speed ratio {ffmpegTime / oursTime:0.0}x"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"also measured in-process: RMS {ours.RmsDb:0.0} dBFS, noise floor {ours.NoiseFloorDb:0.0} dBFS"));

            var audiobook = MasteringProfiles.Get("audiobook");
            var gain = GainPlanner.Plan(ours, audiobook).GainDb;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Encodes of the whole {audio.TotalMinutes:0.0} min (gain {gain:0.0} dB + alimiter in the same pass)"));
            Console.WriteLine("| encode | wall s | x real time | size MB |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var coder in new[] { "fast", "twoloop" })
            {
                var profile = audiobook with { Aac = audiobook.Aac with { Coder = coder } };
                var output = Path.Combine(dir.FullName, $"book-{coder}.m4a");
                var t = await TimeAsync(() => encoder.EncodeAacAsync(pcm, Format, gain, limiter: true, profile, output, cancellationToken)).ConfigureAwait(false);
                EncodeRow($"AAC 64 kbps mono, -aac_coder {coder}", t, audio, output);
            }

            var mp3 = Path.Combine(dir.FullName, "book.mp3");
            var acx = MasteringProfiles.Get("acx");
            var mp3Time = await TimeAsync(() => encoder.EncodeMp3Async(pcm, Format, GainPlanner.Plan(ours, acx).GainDb, limiter: true, acx, new AudioTags { Title = "bench" }, null, mp3, cancellationToken)).ConfigureAwait(false);
            EncodeRow("MP3 192 kbps CBR 44.1 kHz (acx)", mp3Time, audio, mp3);

            await CompareM4bPathsAsync(encoder, pcm, dir.FullName, chapters, gain, audiobook, audio, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"load average at the end: {LoadAverage()}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task CompareM4bPathsAsync(AudioEncoder encoder, string pcm, string dir, int chapters, double gain, MasteringProfile profile, TimeSpan audio, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(pcm, cancellationToken).ConfigureAwait(false);
        var per = bytes.Length / chapters / Format.BlockAlign * Format.BlockAlign;
        var parts = new List<string>();
        for (var i = 0; i < chapters; i++)
        {
            var part = Path.Combine(dir, $"chapter-{i:00}.pcm");
            var length = i == chapters - 1 ? bytes.Length - (i * per) : per;
            await File.WriteAllBytesAsync(part, bytes.AsMemory(i * per, length), cancellationToken).ConfigureAwait(false);
            parts.Add(part);
        }

        var titles = parts.Select((_, i) => $"Chapter {i + 1}").ToList();
        var aac = parts.Select(p => Path.ChangeExtension(p, ".m4a")).ToList();
        var encodeTime = await TimeAsync(() => Task.WhenAll(parts.Select((p, i) => encoder.EncodeAacAsync(p, Format, gain, limiter: true, profile, aac[i], cancellationToken)))).ConfigureAwait(false);
        var markers = titles.Select(t => new ChapterMarker(t, TimeSpan.Zero, TimeSpan.Zero)).ToList();
        var muxed = Path.Combine(dir, "muxed.m4b");
        var muxTime = await TimeAsync(() => encoder.MuxM4bAsync(aac, markers, new AudioTags { Title = "bench" }, null, muxed, cancellationToken)).ConfigureAwait(false);
        var single = Path.Combine(dir, "single.m4b");
        var singleTime = await TimeAsync(() => encoder.EncodeM4bAsync(parts.Select((p, i) => new M4bChapterSource(p, titles[i], gain)).ToList(), Format, profile, new AudioTags { Title = "bench" }, null, single, cancellationToken)).ConfigureAwait(false);

        Console.WriteLine();
        Console.WriteLine($"M4B of {chapters} chapters (AAC 64 kbps fast; encoder allows 2 ffmpeg at once)");
        Console.WriteLine("| path | wall s | x real time | size MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        EncodeRow($"per-chapter AAC encodes ({chapters}, 2 in parallel)", encodeTime, audio, aac[0]);
        EncodeRow("  + stream-copy mux (concat, chapters, faststart)", muxTime, audio, muxed);
        EncodeRow("  = per-chapter path total", encodeTime + muxTime, audio, muxed);
        EncodeRow("single-pass M4B (concat filter, gains, limiter, encode)", singleTime, audio, single);
    }

    private static async Task<string> MakeSpeechAsync(string dir, double minutes, CancellationToken cancellationToken)
    {
        // espeak-ng reads about 1,070 characters of this text a minute at its default speed.
        string[] sentences =
        [
            "The ferry left late, and the harbour lights were already burning when it cleared the breakwater.",
            "She counted the boxes twice, because the first count had come out at an odd number and nothing in that house was ever odd.",
            "Nobody answered. The wind took the question and carried it somewhere over the fields.",
            "In the morning the road was white with frost, and every fence post wore a small grey cap of it.",
            "He said it would take an hour, perhaps two; it took the rest of the week.",
            "\"Are you coming?\" she asked, not looking up from the map.",
        ];
        var text = new StringBuilder();
        var target = (int)(minutes * 1070);
        for (var i = 0; text.Length < target; i++)
        {
            text.Append(sentences[i % sentences.Length]).Append(' ');
            if (i % 7 == 6)
            {
                text.Append(CultureInfo.InvariantCulture, $"Part {i / 7 + 1}.\n\n");
            }
        }

        var txt = Path.Combine(dir, "speech.txt");
        var wav = Path.Combine(dir, "speech.wav");
        var pcm = Path.Combine(dir, "speech.pcm");
        await File.WriteAllTextAsync(txt, text.ToString(), cancellationToken).ConfigureAwait(false);
        await RunAsync("espeak-ng", ["-v", "en", "-f", txt, "-w", wav], cancellationToken).ConfigureAwait(false);
        await RunAsync("ffmpeg", ["-nostdin", "-v", "error", "-i", wav, "-f", "s16le", "-ac", "1", "-ar", "24000", "-y", pcm], cancellationToken).ConfigureAwait(false);
        return pcm;
    }

    private static async Task<(LoudnessReport Report, TimeSpan Time)> MeterAsync(string pcm, CancellationToken cancellationToken)
    {
        var sw = Stopwatch.StartNew();
        var meter = new LoudnessMeter(Format.SampleRate);
        var buffer = new byte[64 * 1024];
        await using var input = new FileStream(pcm, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            meter.Add(buffer.AsSpan(0, read));
        }

        return (meter.GetReport(), sw.Elapsed);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var sw = Stopwatch.StartNew();
        await action().ConfigureAwait(false);
        return sw.Elapsed;
    }

    private static async Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {await stderr.ConfigureAwait(false)}");
        }
    }

    private static void Row(string name, double lufs, double tp, double lra, TimeSpan time, TimeSpan audio) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {lufs:0.00} | {tp:0.00} | {lra:0.0} | {time.TotalSeconds:0.00} | {audio / time:0} |"));

    private static void EncodeRow(string name, TimeSpan time, TimeSpan audio, string file) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {time.TotalSeconds:0.00} | {audio / time:0} | {new FileInfo(file).Length / 1e6:0.0} |"));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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
