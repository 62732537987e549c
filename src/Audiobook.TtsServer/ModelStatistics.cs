using System.Text.Json.Serialization;

namespace Audiobook.TtsServer;

/// <summary>What the server saw for one catalog model (part of <see cref="ServerStatisticsSnapshot"/>).</summary>
/// <param name="Requests">WebSocket handshakes (after the key check) and customization calls naming the model, throttled ones included.</param>
/// <param name="Connections">Realtime sessions accepted.</param>
/// <param name="Responses">Responses started.</param>
/// <param name="Throttled">Requests refused by the rate limiter or an injected throttle.</param>
public sealed record ModelStatistics(
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("connections")] long Connections,
    [property: JsonPropertyName("responses")] long Responses,
    [property: JsonPropertyName("throttled")] long Throttled);
