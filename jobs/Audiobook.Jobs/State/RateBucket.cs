namespace Audiobook.Jobs.State;

/// <summary>A token bucket shared by every worker: one row per model and API key (hashed). Refilled and taken from in
/// one atomic UPDATE on the database's clock, so machines with skewed clocks still agree.</summary>
public sealed class RateBucket
{
    public required string Key { get; init; }

    public double Tokens { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public double RatePerSecond { get; set; }

    public double Burst { get; set; }
}
