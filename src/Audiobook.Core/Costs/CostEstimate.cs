namespace Audiobook.Core.Costs;

/// <summary>What rendering some text is expected to cost and take.</summary>
/// <param name="Model">The priced model.</param>
/// <param name="Region"><c>cn</c> or <c>intl</c>.</param>
/// <param name="Segments">Requests sent (one per segment).</param>
/// <param name="BilledCharacters">Billed characters (汉字 count 2).</param>
/// <param name="Cost">Price in <paramref name="Currency"/>, before any free quota.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="IsPriceEstimated">True when the model's price is not published and a stand-in price was used.</param>
/// <param name="EstimatedAudio">Speech length at the voice's rate, without pauses.</param>
/// <param name="EstimatedWallTime">max(segments ÷ RPM, audio ÷ (realtime factor × concurrency)).</param>
/// <param name="InputTokens">Token-billed models: estimated input tokens (≈ characters); else 0.</param>
/// <param name="OutputTokens">Token-billed models: estimated audio tokens; else 0.</param>
public sealed record CostEstimate(
    string Model,
    string Region,
    int Segments,
    long BilledCharacters,
    decimal Cost,
    string Currency,
    bool IsPriceEstimated,
    TimeSpan EstimatedAudio,
    TimeSpan EstimatedWallTime,
    long InputTokens = 0,
    long OutputTokens = 0);
