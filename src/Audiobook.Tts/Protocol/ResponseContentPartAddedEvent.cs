using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.content_part.added</c>.</summary>
public sealed record ResponseContentPartAddedEvent : ResponseContentEvent
{
    public override string Type => EventTypes.ResponseContentPartAdded;
    [JsonPropertyName("part")] public ContentPart Part { get; init; } = new() { Text = "" };
}
