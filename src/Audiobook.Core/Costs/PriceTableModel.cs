namespace Audiobook.Core.Costs;

/// <summary>One model in the price table.</summary>
internal sealed record PriceTableModel(
    string Model,
    List<string>? Aliases,
    bool Estimated,
    string? Note,
    Dictionary<string, PriceTableRegion>? Regions);
