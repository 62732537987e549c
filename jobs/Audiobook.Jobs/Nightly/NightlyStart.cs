namespace Audiobook.Jobs.Nightly;

/// <summary>What one run of the nightly batch did: the night, its budget, what it has spent (this run and earlier runs
/// of the same night), the renders it started and those left waiting for the next night.</summary>
public sealed record NightlyStart(DateOnly Night, long BudgetCharacters, long SpentCharacters, IReadOnlyList<Guid> Started, int Waiting);
