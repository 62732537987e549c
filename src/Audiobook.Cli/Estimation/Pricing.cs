using Audiobook.Cli.Commands;
using Audiobook.Core.Costs;
using Audiobook.Core.Regions;
using Audiobook.Rendering;
using Audiobook.Rendering.Configuration;
using Audiobook.Tts;
using Audiobook.Tts.Catalog;

namespace Audiobook.Cli.Estimation;

/// <summary>The model's price in the configured region and the throughput a render would have, for <c>inspect</c> and <c>estimate</c>.</summary>
internal sealed record Pricing(ModelPrice Price, int RequestsPerMinute, int Concurrency)
{
    public CostEstimator CreateEstimator() =>
        new(Price, new CostEstimateOptions { RequestsPerMinute = RequestsPerMinute, Concurrency = Concurrency });

    /// <summary>The pricing the verb's configuration asks for (model and throughput from <c>Rendering</c>, region from <c>Tts</c>).</summary>
    public static Pricing From(CliContext context) => Resolve(
        context.Options<RenderingOptions>(),
        context.Options<TtsClientOptions>().Region,
        PriceTableFile.Load(context.Options<ConfigFolderOptions>()));

    public static Pricing Resolve(RenderingOptions rendering, ServiceRegion region, PriceTable table)
    {
        var model = rendering.Model;
        var price = table.Find(model, region);
        if (price is null)
        {
            var regions = table.RegionsOf(model);
            throw new CliException(regions.Count == 0
                ? $"no price for model '{model}' (priced: {string.Join(", ", table.Models)})"
                : $"model '{model}' has no price in region '{ServiceRegions.PriceKey(region)}' (regions: {string.Join(", ", regions)})");
        }

        return new Pricing(price, rendering.RequestsPerMinute ?? CatalogRequestsPerMinute(model), rendering.Concurrency);
    }

    // The catalog knows the documented limits (docs/tts-client.md); a model it does not list gets the common 180 RPM.
    private static int CatalogRequestsPerMinute(string model)
    {
        try
        {
            return TtsModelCatalog.RequestsPerMinute(model);
        }
        catch (ArgumentException)
        {
            return 180;
        }
    }
}
