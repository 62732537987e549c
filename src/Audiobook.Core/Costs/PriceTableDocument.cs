namespace Audiobook.Core.Costs;

/// <summary>The JSON shape of <c>config/prices.json</c> (snake_case).</summary>
internal sealed record PriceTableDocument(List<PriceTableModel>? Models);
