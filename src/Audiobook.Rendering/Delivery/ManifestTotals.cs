namespace Audiobook.Rendering.Delivery;

/// <summary>The whole book's characters, duration and cost.</summary>
public sealed record ManifestTotals(int Characters, int BilledCharactersThisRun, long DurationMs, decimal EstimatedCost, string Currency);
