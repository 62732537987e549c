using System.Text.Json.Serialization;

namespace Audiobook.Core.Costs;

/// <summary>The JSON shape of <c>config/prices.json</c> (snake_case).</summary>
internal sealed record PriceTableDocument(List<PriceTableModel>? Models);

/// <summary>One model in the price table.</summary>
internal sealed record PriceTableModel(
    string Model,
    List<string>? Aliases,
    bool Estimated,
    string? Note,
    Dictionary<string, PriceTableRegion>? Regions);

/// <summary>One region's price for a model.</summary>
internal sealed record PriceTableRegion(
    string? Currency,
    [property: JsonPropertyName("per_10k_characters")] decimal? Per10kCharacters,
    [property: JsonPropertyName("per_1k_input_tokens")] decimal? Per1kInputTokens,
    [property: JsonPropertyName("per_1k_output_tokens")] decimal? Per1kOutputTokens,
    int? AudioTokensPerSecond);
