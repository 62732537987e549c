namespace Audiobook.Jobs.State;

/// <summary>A finished chapter's measured levels after mastering (as written in the manifest).</summary>
public sealed record ChapterLevelsSummary(double IntegratedLufs, double TruePeakDbtp, double RmsDb, double NoiseFloorDb, double GainDb, bool Pass, IReadOnlyList<string> Failures);
