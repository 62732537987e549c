using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>session.updated</c>, the reply to <c>session.update</c>.</summary>
public sealed record SessionUpdatedEvent : RealtimeEvent
{
    public override string Type => EventTypes.SessionUpdated;
    [JsonPropertyName("session")] public SessionConfig Session { get; init; } = new();
}
