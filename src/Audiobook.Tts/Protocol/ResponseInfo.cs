using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>The <c>response</c> object of <c>response.created</c> and <c>response.done</c>.</summary>
public sealed record ResponseInfo
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("object")] public string ObjectType { get; init; } = "realtime.response";
    [JsonPropertyName("conversation_id")] public string ConversationId { get; init; } = "";
    /// <summary><c>in_progress</c>, <c>completed</c>, <c>failed</c>, <c>incomplete</c> (or <c>cancelled</c> from the local server).</summary>
    [JsonPropertyName("status")] public string Status { get; init; } = "in_progress";
    [JsonPropertyName("modalities")] public IReadOnlyList<string>? Modalities { get; init; }
    [JsonPropertyName("voice")] public string? Voice { get; init; }
    [JsonPropertyName("output")] public IReadOnlyList<ResponseItem> Output { get; init; } = [];
    [JsonPropertyName("usage")] public Usage? Usage { get; init; }
}
