using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Base of every event in either direction: a JSON text frame with <c>event_id</c> and <c>type</c>.</summary>
public abstract record RealtimeEvent
{
    [JsonPropertyName("event_id")] public string EventId { get; init; } = "";
    [JsonPropertyName("type")] public abstract string Type { get; }
}
