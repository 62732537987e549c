using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>The <c>error</c> object of an <c>error</c> event. Every field is optional on the wire (§4.1).</summary>
public sealed record ErrorInfo
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("param")] public string? Param { get; init; }
    [JsonPropertyName("event_id")] public string? EventId { get; init; }
}
