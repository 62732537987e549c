namespace Audiobook.Jobs.Ledger;

/// <summary>A chapter a worker now owns: which attempt this is and the input hash it was planned with.</summary>
public sealed record ChapterClaim(int Attempt, string Hash);
