using Audiobook.Core.Costs;
using Audiobook.Tts.Catalog;

namespace Audiobook.Cli.Estimation;

/// <summary>The model, region and throughput options of <c>inspect</c> and <c>estimate</c>, resolved to a price and an estimator.</summary>
internal sealed record PricingArguments(ModelPrice Price, int RequestsPerMinute, int Concurrency)
{
    public const string DefaultRegion = "cn";

    public CostEstimator CreateEstimator() =>
        new(Price, new CostEstimateOptions { RequestsPerMinute = RequestsPerMinute, Concurrency = Concurrency });

    public static PricingArguments Parse(CliArguments args)
    {
        var model = args.Get("model") ?? Rendering.RenderArguments.DefaultModel;
        var region = args.Get("region") ?? DefaultRegion;
        var concurrency = args.GetInt("concurrency") ?? 4;
        if (concurrency is < 1 or > 64)
        {
            throw new CliException("--concurrency must be between 1 and 64");
        }

        var table = LoadPriceTable();
        var price = table.Find(model, region);
        if (price is null)
        {
            var regions = table.RegionsOf(model);
            throw new CliException(regions.Count == 0
                ? $"no price for model '{model}' (priced: {string.Join(", ", table.Models)})"
                : $"model '{model}' has no price in region '{region}' (regions: {string.Join(", ", regions)})");
        }

        var rpm = args.GetInt("rpm") ?? CatalogRequestsPerMinute(model);
        if (rpm < 0)
        {
            throw new CliException("--rpm must be 0 (no limit) or more");
        }

        return new PricingArguments(price, rpm, concurrency);
    }

    internal static PriceTable LoadPriceTable()
    {
        var path = ConfigFiles.Find("prices.json") ?? throw new CliException("config/prices.json not found (set AUDIOBOOK_CONFIG to the config folder)");
        try
        {
            return PriceTable.Parse(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }

    // The catalog knows the documented limits (protocol §6); a model it does not list gets the common 180 RPM.
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
