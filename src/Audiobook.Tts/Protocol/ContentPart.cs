using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>A content part: <c>{"type":"audio","text":""}</c>; <c>response.done</c> uses <c>transcript</c> instead of <c>text</c>.</summary>
public sealed record ContentPart
{
    [JsonPropertyName("type")] public string Type { get; init; } = "audio";
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("transcript")] public string? Transcript { get; init; }
}
