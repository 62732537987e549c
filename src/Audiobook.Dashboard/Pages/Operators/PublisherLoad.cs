namespace Audiobook.Dashboard.Pages.Operators;

/// <summary>One publisher's row on the operator page.</summary>
public sealed record PublisherLoad(
    string Slug,
    string Name,
    int Waiting,
    int Running,
    int FailedThisMonth,
    long BilledThisMonth,
    decimal SpentThisMonth,
    long? Budget,
    string? LastError);
