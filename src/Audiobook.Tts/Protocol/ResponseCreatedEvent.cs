using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.created</c>: first of the 8-event response cycle.</summary>
public sealed record ResponseCreatedEvent : RealtimeEvent
{
    public override string Type => EventTypes.ResponseCreated;
    [JsonPropertyName("response")] public ResponseInfo Response { get; init; } = new();
}
