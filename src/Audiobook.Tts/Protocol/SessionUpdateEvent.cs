using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Client event <c>session.update</c>.</summary>
public sealed record SessionUpdateEvent : RealtimeEvent
{
    public override string Type => EventTypes.SessionUpdate;
    [JsonPropertyName("session")] public SessionConfig Session { get; init; } = new();
}
