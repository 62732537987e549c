using System.Text.Json.Serialization;

namespace Audiobook.Core.Costs;

/// <summary>One region's price for a model.</summary>
internal sealed record PriceTableRegion(
    string? Currency,
    [property: JsonPropertyName("per_10k_characters")] decimal? Per10kCharacters,
    [property: JsonPropertyName("per_1k_input_tokens")] decimal? Per1kInputTokens,
    [property: JsonPropertyName("per_1k_output_tokens")] decimal? Per1kOutputTokens,
    int? AudioTokensPerSecond);
