using System.Diagnostics.Metrics;

namespace Audiobook.Jobs.Telemetry;

/// <summary>What the service's jobs do, as System.Diagnostics.Metrics instruments on the <see cref="MeterName"/> meter
/// (docs/operations.md lists them). Static like <see cref="Rendering.Synthesis.SynthesisMetrics"/>: one process has one
/// set of them, recorded by the jobs and by the shared rate bucket, which is built outside dependency injection.</summary>
public static class ServiceMetrics
{
    public const string MeterName = "Audiobook.Jobs";

    private static readonly Meter Meter = new(MeterName);

    private static readonly UpDownCounter<long> InFlight = Meter.CreateUpDownCounter<long>("audiobook.chapters.in_flight", description: "Chapters this process is rendering now");

    private static readonly Histogram<double> ChapterDuration = Meter.CreateHistogram<double>(
        "audiobook.chapter.duration", "s", "Wall time of one chapter job run, by outcome (succeeded, failed, retry, handed_back, stopped)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800] });

    private static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>("audiobook.ratelimit.waits", description: "Takes from the shared rate bucket that had to wait");

    private static readonly Counter<double> RateLimitWaitTime = Meter.CreateCounter<double>("audiobook.ratelimit.wait_time", "s", "Time spent waiting for the shared rate bucket");

    private static readonly Counter<long> BytesWritten = Meter.CreateCounter<long>("audiobook.output.bytes", "By", "Bytes of deliverables written to the output store, by kind (chapter, book)");

    private static volatile ServiceStateSample? _state;

    private static readonly ObservableGauge<long> Renders = Meter.CreateObservableGauge(
        "audiobook.renders", () => Measure(_state?.Renders, "state"), description: "Renders in the database by state (sampled every Metrics:SampleInterval)");

    private static readonly ObservableGauge<long> QueueLength = Meter.CreateObservableGauge(
        "audiobook.queue.length", () => Measure(_state?.Queues, "queue"), description: "Jobs waiting in each Hangfire queue (sampled every Metrics:SampleInterval)");

    /// <summary>The latest sample of the database's state, which the gauges report until the next one.</summary>
    public static void Sampled(ServiceStateSample sample) => _state = sample;

    public static void ChapterStarted() => InFlight.Add(1);

    /// <summary>A chapter job run ended (<paramref name="outcome"/>) after <paramref name="elapsed"/>.</summary>
    public static void ChapterEnded(string outcome, TimeSpan elapsed)
    {
        InFlight.Add(-1);
        ChapterDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public static void RateLimitWaited(TimeSpan wait)
    {
        RateLimitWaits.Add(1);
        RateLimitWaitTime.Add(wait.TotalSeconds);
    }

    /// <summary>Adds the sizes of the files written (<paramref name="kind"/>: chapter or book); a missing file adds nothing.</summary>
    public static void Written(string kind, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var bytes = paths.Select(p => new FileInfo(p)).Where(f => f.Exists).Sum(f => f.Length);
        BytesWritten.Add(bytes, new KeyValuePair<string, object?>("kind", kind));
    }

    private static IEnumerable<Measurement<long>> Measure(IReadOnlyDictionary<string, long>? values, string tag) =>
        values?.Select(v => new Measurement<long>(v.Value, new KeyValuePair<string, object?>(tag, v.Key))) ?? [];
}
