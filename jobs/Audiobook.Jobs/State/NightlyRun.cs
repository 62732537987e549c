namespace Audiobook.Jobs.State;

/// <summary>The budget of one night's batch and what it has started so far; every run in the same night
/// (the recurring job, an operator's <c>nightly run-now</c>) spends from the same row.</summary>
public sealed class NightlyRun
{
    /// <summary>The local date (in the configured time zone) the night belongs to.</summary>
    public DateOnly Night { get; init; }

    public long BudgetCharacters { get; set; }

    public long SpentCharacters { get; set; }

    public int RendersStarted { get; set; }

    public DateTimeOffset FirstRunAt { get; init; }

    public DateTimeOffset LastRunAt { get; set; }
}
