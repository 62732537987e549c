using Audiobook.Core.Costs;
using Audiobook.Core.Regions;
using Audiobook.Rendering.Configuration;
using Audiobook.Tts.Catalog;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Submissions;

/// <summary>A realtime model's price in a region from the config folder's <c>prices.json</c>: what a submission records
/// and what the dashboard's estimate shows. Every refusal is one line.</summary>
public sealed class PriceLookup(IOptions<ConfigFolderOptions> config)
{
    public async Task<(TtsModel Model, ServiceRegion Region, ModelPrice Price)> FindAsync(string modelName, string regionName, CancellationToken cancellationToken)
    {
        var model = TtsModelCatalog.Find(modelName);
        if (model is null || model.Api != TtsApi.Realtime)
        {
            throw new SubmissionException($"unknown realtime model '{modelName}' (known: {string.Join(", ", TtsModelCatalog.Models.Where(m => m.Api == TtsApi.Realtime && !m.IsLegacy).Select(m => m.Name))})");
        }

        if (!ServiceRegions.TryParse(regionName, out var region))
        {
            throw new SubmissionException($"unknown region '{regionName}' (beijing/cn or singapore/intl)");
        }

        var pricesFile = config.Value.Find("prices.json") ?? throw new SubmissionException("prices.json is missing from the config folder");
        var prices = PriceTable.Parse(await File.ReadAllTextAsync(pricesFile, cancellationToken).ConfigureAwait(false));
        var price = prices.Find(model.Name, region)
            ?? throw new SubmissionException($"model '{model.Name}' has no price in region '{regionName}' (regions: {string.Join(", ", prices.RegionsOf(model.Name))})");
        return (model, region, price);
    }
}
