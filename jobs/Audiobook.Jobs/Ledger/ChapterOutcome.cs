using Audiobook.Jobs.State;

namespace Audiobook.Jobs.Ledger;

/// <summary>What a finished chapter left behind, as recorded on its row.</summary>
public sealed record ChapterOutcome(long BilledCharacters, int Retries, long DurationMs, IReadOnlyList<string> Files, ChapterLevelsSummary Levels);
