using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Base of the content-level response events, which all carry the same four ids.</summary>
public abstract record ResponseContentEvent : RealtimeEvent
{
    [JsonPropertyName("response_id")] public string ResponseId { get; init; } = "";
    [JsonPropertyName("item_id")] public string ItemId { get; init; } = "";
    [JsonPropertyName("output_index")] public int OutputIndex { get; init; }
    [JsonPropertyName("content_index")] public int ContentIndex { get; init; }
}
