using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>session.created</c>, sent as soon as the socket opens, with the server defaults.</summary>
public sealed record SessionCreatedEvent : RealtimeEvent
{
    public override string Type => EventTypes.SessionCreated;
    [JsonPropertyName("session")] public SessionConfig Session { get; init; } = new();
}
