namespace Audiobook.Rendering.Delivery;

/// <summary>The whole book's characters, duration and cost; <c>RetriesThisRun</c> counts the transient TTS failures
/// (throttling, 5xx, dropped connections) this run retried.</summary>
public sealed record ManifestTotals(int Characters, int BilledCharactersThisRun, long DurationMs, decimal EstimatedCost, string Currency, int RetriesThisRun);
