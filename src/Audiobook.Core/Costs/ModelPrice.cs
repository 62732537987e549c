namespace Audiobook.Core.Costs;

/// <summary>The price of one model in one region, from <c>config/prices.json</c>.</summary>
public sealed record ModelPrice
{
    /// <summary>The model name as listed (the alias or snapshot asked for resolves to it).</summary>
    public required string Model { get; init; }

    /// <summary><c>cn</c> (China, Beijing) or <c>intl</c> (international, Singapore).</summary>
    public required string Region { get; init; }

    /// <summary>ISO 4217 code: <c>CNY</c> or <c>USD</c>.</summary>
    public required string Currency { get; init; }

    public BillingUnit Unit => PerTenThousandCharacters is null ? BillingUnit.Tokens : BillingUnit.Characters;

    /// <summary>Price per 10,000 billed characters (character-billed models).</summary>
    public decimal? PerTenThousandCharacters { get; init; }

    /// <summary>Price per 1,000 input tokens (token-billed models).</summary>
    public decimal? PerThousandInputTokens { get; init; }

    /// <summary>Price per 1,000 output (audio) tokens (token-billed models).</summary>
    public decimal? PerThousandOutputTokens { get; init; }

    /// <summary>Audio tokens per second of output; a response shorter than a second counts as one second.</summary>
    public int AudioTokensPerSecond { get; init; } = 50;

    /// <summary>True when the price is not published and an estimate stands in (the instruct model uses the flash price).</summary>
    public bool IsEstimated { get; init; }

    /// <summary>Where the figure comes from or why it is estimated.</summary>
    public string? Note { get; init; }
}
