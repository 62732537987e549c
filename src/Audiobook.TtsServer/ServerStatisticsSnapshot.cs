using System.Text.Json.Serialization;

namespace Audiobook.TtsServer;

/// <summary>The counters of <see cref="ServerStatistics"/> at one moment, as <c>GET /stats</c> returns them (docs/tts-server.md).</summary>
public sealed record ServerStatisticsSnapshot
{
    /// <summary>WebSocket sessions open now.</summary>
    [JsonPropertyName("connections_open")] public long ConnectionsOpen { get; init; }

    /// <summary>WebSocket sessions accepted since the start.</summary>
    [JsonPropertyName("connections_total")] public long ConnectionsTotal { get; init; }

    /// <summary>Requests refused with HTTP 401.</summary>
    [JsonPropertyName("unauthorized")] public long Unauthorized { get; init; }

    [JsonPropertyName("responses_started")] public long ResponsesStarted { get; init; }

    [JsonPropertyName("responses_completed")] public long ResponsesCompleted { get; init; }

    [JsonPropertyName("responses_cancelled")] public long ResponsesCancelled { get; init; }

    /// <summary>Responses that ended with an error event or a dropped connection.</summary>
    [JsonPropertyName("responses_failed")] public long ResponsesFailed { get; init; }

    /// <summary>Sum of <c>usage.characters</c> (汉字 = 2) over the responses of character-billed models.</summary>
    [JsonPropertyName("billed_characters")] public long BilledCharacters { get; init; }

    /// <summary>Sum of <c>usage.total_tokens</c> over the responses of token-billed models.</summary>
    [JsonPropertyName("billed_tokens")] public long BilledTokens { get; init; }

    /// <summary>Throttles sent: HTTP 429 on a handshake or customization call and <c>Throttling.RateQuota</c> error events, injected ones included.</summary>
    [JsonPropertyName("throttled")] public long Throttled { get; init; }

    /// <summary>Faults injected: throttled handshakes, dropped connections, error events and delayed responses.</summary>
    [JsonPropertyName("faults_injected")] public long FaultsInjected { get; init; }

    /// <summary>espeak-ng and ffmpeg processes running now.</summary>
    [JsonPropertyName("processes_running")] public long ProcessesRunning { get; init; }

    [JsonPropertyName("processes_started")] public long ProcessesStarted { get; init; }

    /// <summary>Decoded audio bytes sent in <c>response.audio.delta</c> events.</summary>
    [JsonPropertyName("audio_bytes_sent")] public long AudioBytesSent { get; init; }

    /// <summary>Per catalog model; a model appears once something named it.</summary>
    [JsonPropertyName("models")] public IReadOnlyDictionary<string, ModelStatistics> Models { get; init; } = new Dictionary<string, ModelStatistics>();
}
