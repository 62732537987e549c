using System.Diagnostics.Metrics;

namespace Audiobook.Rendering.Synthesis;

/// <summary>What synthesis does, as System.Diagnostics.Metrics instruments on the <see cref="MeterName"/> meter (exported
/// by the service's hosts at <c>/metrics</c>; docs/operations.md lists them). A static meter: the synthesizers that
/// record on it are built outside dependency injection, one process has one set of them, and a listener that does not
/// subscribe (the local <c>render</c>) makes every recording a no-op.</summary>
public static class SynthesisMetrics
{
    public const string MeterName = "Audiobook.Rendering";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>One synthesis request (a commit on a session, or the handshake that failed before it), by outcome.</summary>
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("audiobook.tts.requests", description: "TTS requests by outcome (ok, failed)");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("audiobook.tts.retries", description: "TTS requests retried after a transient failure, by reason (throttled, transient)");

    private static readonly Counter<long> Throttles = Meter.CreateCounter<long>("audiobook.tts.throttles", description: "TTS requests the service throttled (HTTP 429 or Throttling.*)");

    private static readonly Counter<long> Billed = Meter.CreateCounter<long>("audiobook.tts.billed_characters", description: "Characters the TTS service billed (usage.characters)");

    internal static void RequestSucceeded(long billedCharacters)
    {
        Requests.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
        Billed.Add(billedCharacters);
    }

    internal static void RequestFailed(bool throttled)
    {
        Requests.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
        if (throttled)
        {
            Throttles.Add(1);
        }
    }

    internal static void Retried(bool throttled) =>
        Retries.Add(1, new KeyValuePair<string, object?>("reason", throttled ? "throttled" : "transient"));
}
