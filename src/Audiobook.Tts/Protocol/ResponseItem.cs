using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>An output item (<c>realtime.item</c>) of a response.</summary>
public sealed record ResponseItem
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("object")] public string ObjectType { get; init; } = "realtime.item";
    [JsonPropertyName("type")] public string Type { get; init; } = "message";
    [JsonPropertyName("status")] public string Status { get; init; } = "in_progress";
    [JsonPropertyName("role")] public string Role { get; init; } = "assistant";
    [JsonPropertyName("content")] public IReadOnlyList<ContentPart> Content { get; init; } = [];
}
