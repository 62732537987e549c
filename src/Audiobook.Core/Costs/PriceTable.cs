using System.Text.Json;
using System.Text.RegularExpressions;
using Audiobook.Core.Regions;

namespace Audiobook.Core.Costs;

/// <summary>
/// The per-model, per-region price list (<c>config/prices.json</c>). A model resolves by name, by one of its listed
/// aliases, or with a trailing snapshot date (<c>-2025-11-27</c>) or <c>-latest</c> removed.
/// </summary>
public sealed partial class PriceTable
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, PriceTableModel> _byName;

    private PriceTable(IReadOnlyList<PriceTableModel> models)
    {
        Models = models.Select(m => m.Model).ToList();
        _byName = new Dictionary<string, PriceTableModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            _byName[model.Model] = model;
            foreach (var alias in model.Aliases ?? [])
            {
                _byName[alias] = model;
            }
        }
    }

    /// <summary>The listed model names.</summary>
    public IReadOnlyList<string> Models { get; }

    /// <summary>Parses the JSON text of a price table.</summary>
    /// <exception cref="FormatException">The JSON is malformed or an entry has neither a character nor a token price.</exception>
    public static PriceTable Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        PriceTableDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PriceTableDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"price table: {ex.Message}", ex);
        }

        if (document?.Models is not { Count: > 0 } models)
        {
            throw new FormatException("price table: no models");
        }

        foreach (var model in models)
        {
            foreach (var (region, price) in model.Regions ?? [])
            {
                var hasCharacters = price.Per10kCharacters is not null;
                var hasTokens = price.Per1kInputTokens is not null && price.Per1kOutputTokens is not null;
                if (!ServiceRegions.TryParse(region, out _))
                {
                    throw new FormatException($"price table: {model.Model}/{region} is not a region (cn or intl)");
                }

                if (hasCharacters == hasTokens || string.IsNullOrEmpty(price.Currency))
                {
                    throw new FormatException($"price table: {model.Model}/{region} needs a currency and either per_10k_characters or both token prices");
                }
            }
        }

        return new PriceTable(models);
    }

    /// <summary>The price of <paramref name="model"/> in <paramref name="region"/>, or null when the table has none.</summary>
    public ModelPrice? Find(string model, ServiceRegion region)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entry = Resolve(model);
        var key = ServiceRegions.PriceKey(region);
        var price = entry?.Regions?.FirstOrDefault(r => ServiceRegions.TryParse(r.Key, out var listed) && listed == region).Value;
        if (entry is null || price is null)
        {
            return null;
        }

        return new ModelPrice
        {
            Model = entry.Model,
            Region = key,
            Currency = price.Currency!,
            PerTenThousandCharacters = price.Per10kCharacters,
            PerThousandInputTokens = price.Per1kInputTokens,
            PerThousandOutputTokens = price.Per1kOutputTokens,
            AudioTokensPerSecond = price.AudioTokensPerSecond ?? 50,
            IsEstimated = entry.Estimated,
            Note = entry.Note,
        };
    }

    /// <summary>The regions priced for <paramref name="model"/> (empty when the model is unknown).</summary>
    public IReadOnlyList<string> RegionsOf(string model) =>
        Resolve(model)?.Regions?.Keys.Select(k => ServiceRegions.PriceKey(ServiceRegions.Parse(k))).ToList() ?? [];

    private PriceTableModel? Resolve(string model)
    {
        var name = model.Trim();
        if (_byName.TryGetValue(name, out var entry))
        {
            return entry;
        }

        var stripped = SnapshotSuffix().Replace(name, string.Empty);
        return _byName.GetValueOrDefault(stripped);
    }

    [GeneratedRegex(@"-(?:\d{4}-\d{2}-\d{2}|latest)$", RegexOptions.CultureInvariant)]
    private static partial Regex SnapshotSuffix();
}
