using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.output_item.done</c>.</summary>
public sealed record ResponseOutputItemDoneEvent : RealtimeEvent
{
    public override string Type => EventTypes.ResponseOutputItemDone;
    [JsonPropertyName("response_id")] public string ResponseId { get; init; } = "";
    [JsonPropertyName("output_index")] public int OutputIndex { get; init; }
    [JsonPropertyName("item")] public ResponseItem Item { get; init; } = new();
}
