namespace Audiobook.Chaos.Tests;

/// <summary>What one fault left behind: one row of the chaos table, and the problems found (empty when all held).</summary>
internal sealed record RoundResult(
    string Fault,
    int InFlight,
    int Renders,
    int Completed,
    int Chapters,
    int Identical,
    int EncodedTwice,
    int Stuck,
    long PaidTwice,
    long PaidTwiceBound,
    IReadOnlyList<string> Orphans,
    IReadOnlyList<string> Problems);
