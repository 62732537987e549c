using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Token breakdown inside <see cref="Usage"/>.</summary>
public sealed record TokenDetails
{
    [JsonPropertyName("text_tokens")] public int? TextTokens { get; init; }
    [JsonPropertyName("audio_tokens")] public int? AudioTokens { get; init; }
}
