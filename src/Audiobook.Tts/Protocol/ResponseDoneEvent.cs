using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.done</c>: last of the response cycle, with <c>usage</c>.</summary>
public sealed record ResponseDoneEvent : RealtimeEvent
{
    public override string Type => EventTypes.ResponseDone;
    [JsonPropertyName("response")] public ResponseInfo Response { get; init; } = new();
}
