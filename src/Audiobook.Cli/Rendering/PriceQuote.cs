using Audiobook.Core.Costs;
using Audiobook.Core.Regions;

namespace Audiobook.Cli.Rendering;

/// <summary>The per-character price a render reports its running cost in (token-billed models report 0 and say so).</summary>
internal sealed record PriceQuote(decimal PerTenThousandCharacters, string Currency, bool Known)
{
    public static PriceQuote For(string model, ServiceRegion region, PriceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var price = table.Find(model, region);
        return price?.PerTenThousandCharacters is { } per
            ? new PriceQuote(per, price.Currency, Known: true)
            : new PriceQuote(0m, price?.Currency ?? "CNY", Known: false);
    }

    public string Format(long billedCharacters) => Known
        ? CostEstimator.FormatMoney(billedCharacters * PerTenThousandCharacters / 10_000m, Currency)
        : "(token-billed: see 'estimate')";
}
