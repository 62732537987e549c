using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.content_part.done</c>.</summary>
public sealed record ResponseContentPartDoneEvent : ResponseContentEvent
{
    public override string Type => EventTypes.ResponseContentPartDone;
    [JsonPropertyName("part")] public ContentPart Part { get; init; } = new() { Text = "" };
}
