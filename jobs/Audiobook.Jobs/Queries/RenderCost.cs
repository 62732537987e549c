namespace Audiobook.Jobs.Queries;

/// <summary>The price of billed characters at a render's recorded price (per 10,000 billed characters).</summary>
public static class RenderCost
{
    public static decimal Of(long billedCharacters, decimal pricePerTenThousand) =>
        decimal.Round(billedCharacters * pricePerTenThousand / 10_000m, 6, MidpointRounding.AwayFromZero);
}
