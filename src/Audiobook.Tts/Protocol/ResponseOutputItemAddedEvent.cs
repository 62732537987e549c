using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.output_item.added</c>.</summary>
public sealed record ResponseOutputItemAddedEvent : RealtimeEvent
{
    public override string Type => EventTypes.ResponseOutputItemAdded;
    [JsonPropertyName("response_id")] public string ResponseId { get; init; } = "";
    [JsonPropertyName("output_index")] public int OutputIndex { get; init; }
    [JsonPropertyName("item")] public ResponseItem Item { get; init; } = new();
}
