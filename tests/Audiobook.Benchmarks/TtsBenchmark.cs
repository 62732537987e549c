using System.Diagnostics;
using System.Globalization;
using System.Text;
using Audiobook.Tts;
using Audiobook.Tts.Protocol;
using Audiobook.TtsServer;

namespace Audiobook.Benchmarks;

/// <summary><c>tts</c>: the realtime client against the in-process local server. Measures per-response first-audio delay of a
/// 20-character commit with 1 and with 8 concurrent sessions, and characters per second for a ~5,000-character English text through
/// the protocol against raw <c>espeak-ng</c> on the same text in the same run.
/// Options: <c>--commits N</c> (per session, default 40), <c>--text FILE</c> (default: samples/plain-english.txt repeated to 5,000 chars).</summary>
internal sealed class TtsBenchmark : IBenchmark
{
    private const string Model = "qwen3-tts-flash-realtime";
    private const string ApiKey = "sk-benchmark";
    private const string ShortText = "The ferry left late.";

    public string Name => "tts";

    public string Description => "first-audio delay (1 and 8 sessions) and chars/s through the protocol vs raw espeak-ng";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var commits = int.Parse(Option(args, "--commits") ?? "40", CultureInfo.InvariantCulture);
        var text = LoadText(Option(args, "--text"));
        var data = Directory.CreateTempSubdirectory("tts-bench-");
        try
        {
            await using var server = await LocalTtsServer.StartAsync(
                new LocalTtsServerOptions { ApiKeys = [ApiKey], DataDirectory = data.FullName, RateLimits = new RateLimitOptions { Enabled = false } },
                cancellationToken).ConfigureAwait(false);
            var client = new QwenRealtimeClient(new TtsClientOptions { ApiKey = ApiKey, BaseUrl = server.RealtimeUri });
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}; server {server.BaseUri}");

            // Warm-up: JIT, espeak-ng data in the page cache, ffmpeg not involved (pcm).
            await MeasureDelaysAsync(client, 1, 3, cancellationToken).ConfigureAwait(false);

            Console.WriteLine();
            Console.WriteLine($"First-audio delay, {ShortText.Length}-character commit, {commits} commits per session (commit mode, pcm 24 kHz)");
            Console.WriteLine("| sessions | commits | p50 ms | p95 ms | max ms | SDK first-audio ms (median over sessions) | wall s |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var sessions in new[] { 1, 8 })
            {
                var (delays, sdkDelays, wall) = await MeasureDelaysAsync(client, sessions, commits, cancellationToken).ConfigureAwait(false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {sessions} | {delays.Count} | {Percentile(delays, 50):0.0} | {Percentile(delays, 95):0.0} | {delays.Max():0.0} | {Percentile(sdkDelays, 50):0.0} | {wall.TotalSeconds:0.00} |"));
            }

            Console.WriteLine();
            Console.WriteLine($"Throughput on {text.Length:N0} characters of English (one session, commits of up to 350 characters, queued)");
            var protocol = await MeasureProtocolAsync(client, text, cancellationToken).ConfigureAwait(false);
            var espeak = await MeasureEspeakAsync(text, data.FullName, cancellationToken).ConfigureAwait(false);
            Console.WriteLine("| path | wall s | chars/s | audio s | × real time |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            PrintRow("protocol (client → local server → espeak-ng)", text.Length, protocol);
            PrintRow("raw espeak-ng -v en -w x.wav -f text", text.Length, espeak);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio protocol/raw chars per second: {espeak.Wall.TotalSeconds / protocol.Wall.TotalSeconds:0.00}"));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<(List<double> Delays, List<double> SdkDelays, TimeSpan Wall)> MeasureDelaysAsync(
        QwenRealtimeClient client, int sessions, int commits, CancellationToken cancellationToken)
    {
        var delays = new List<double>();
        var sdkDelays = new List<double>();
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, sessions), new ParallelOptions { MaxDegreeOfParallelism = sessions, CancellationToken = cancellationToken }, async (_, ct) =>
        {
            await using var session = await client.ConnectAsync(Model, ct).ConfigureAwait(false);
            await session.UpdateAsync(new SessionConfig { Voice = "Cherry", Mode = SessionModes.Commit, ResponseFormat = AudioFormats.Pcm, SampleRate = 24000 }, ct).ConfigureAwait(false);
            for (var i = 0; i < commits; i++)
            {
                var result = await session.SynthesizeAsync(ShortText, Stream.Null, ct).ConfigureAwait(false);
                lock (delays)
                {
                    delays.Add(result.FirstAudioDelay.TotalMilliseconds);
                }
            }

            lock (sdkDelays)
            {
                sdkDelays.Add(session.Metrics.FirstAudioDelay?.TotalMilliseconds ?? double.NaN);
            }

            await session.FinishAsync(ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return (delays, sdkDelays, wall.Elapsed);
    }

    private static async Task<(TimeSpan Wall, double AudioSeconds)> MeasureProtocolAsync(QwenRealtimeClient client, string text, CancellationToken cancellationToken)
    {
        var chunks = Chunk(text, 350);
        var wall = Stopwatch.StartNew();
        await using var session = await client.ConnectAsync(Model, cancellationToken).ConfigureAwait(false);
        await session.UpdateAsync(new SessionConfig { Voice = "Ethan", Mode = SessionModes.Commit, ResponseFormat = AudioFormats.Pcm, SampleRate = 24000 }, cancellationToken).ConfigureAwait(false);
        var results = await Task.WhenAll(chunks.Select(c => session.SynthesizeAsync(c, Stream.Null, cancellationToken))).ConfigureAwait(false);
        await session.FinishAsync(cancellationToken).ConfigureAwait(false);
        return (wall.Elapsed, results.Sum(r => r.AudioBytes) / 2.0 / 24000);
    }

    private static async Task<(TimeSpan Wall, double AudioSeconds)> MeasureEspeakAsync(string text, string directory, CancellationToken cancellationToken)
    {
        var textFile = Path.Combine(directory, "text.txt");
        var wav = Path.Combine(directory, "x.wav");
        await File.WriteAllTextAsync(textFile, text, cancellationToken).ConfigureAwait(false);
        var info = new ProcessStartInfo("espeak-ng") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "en", "-w", wav, "-f", textFile })
        {
            info.ArgumentList.Add(argument);
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("espeak-ng did not start.");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        wall.Stop();
        // espeak-ng writes 22,050 Hz mono 16-bit WAV with a 44-byte header.
        return (wall.Elapsed, (new FileInfo(wav).Length - 44) / 2.0 / 22050);
    }

    private static void PrintRow(string path, int characters, (TimeSpan Wall, double AudioSeconds) run) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {path} | {run.Wall.TotalSeconds:0.00} | {characters / run.Wall.TotalSeconds:N0} | {run.AudioSeconds:0.0} | {run.AudioSeconds / run.Wall.TotalSeconds:0} |"));

    private static List<string> Chunk(string text, int maxChars)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in Sentences(text))
        {
            if (current.Length > 0 && current.Length + sentence.Length > maxChars)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            current.Append(sentence);
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                yield return text[start..(i + 1)] + " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static string LoadText(string? path)
    {
        path ??= FindUp(Path.Combine("samples", "plain-english.txt"));
        var source = File.ReadAllText(path).ReplaceLineEndings(" ");
        var text = new StringBuilder();
        while (text.Length < 5000)
        {
            text.Append(source).Append(' ');
        }

        var cut = text.ToString(0, 5000).LastIndexOf(". ", StringComparison.Ordinal);
        return text.ToString(0, cut + 1);
    }

    private static string FindUp(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Could not find {relative} above {AppContext.BaseDirectory}; pass --text FILE.");
    }

    internal static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string RuntimeInfo() => $".NET {Environment.Version}";
}
