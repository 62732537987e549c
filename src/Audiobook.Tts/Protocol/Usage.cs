using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary><c>response.usage</c>: billed characters for the qwen3 models, tokens for qwen-tts-realtime (§4.13, §9).</summary>
public sealed record Usage
{
    [JsonPropertyName("characters")] public int? Characters { get; init; }
    [JsonPropertyName("total_tokens")] public int? TotalTokens { get; init; }
    [JsonPropertyName("input_tokens")] public int? InputTokens { get; init; }
    [JsonPropertyName("output_tokens")] public int? OutputTokens { get; init; }
    [JsonPropertyName("input_tokens_details")] public TokenDetails? InputTokensDetails { get; init; }
    [JsonPropertyName("output_tokens_details")] public TokenDetails? OutputTokensDetails { get; init; }
}
