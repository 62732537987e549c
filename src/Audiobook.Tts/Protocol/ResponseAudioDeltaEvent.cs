using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.audio.delta</c>: base64 audio in the session's format and rate.</summary>
public sealed record ResponseAudioDeltaEvent : ResponseContentEvent
{
    public override string Type => EventTypes.ResponseAudioDelta;
    [JsonPropertyName("delta")] public string Delta { get; init; } = "";
}
