namespace Audiobook.Rendering.Synthesis;

/// <summary>Exponential backoff with full jitter for transient TTS failures; throttling waits longer.</summary>
/// <param name="MaxAttempts">Attempts per segment, the first included.</param>
/// <param name="BaseDelay">Delay scale of the first retry.</param>
/// <param name="MaxDelay">Cap on a single delay.</param>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(30));

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1 (attempt counts from 1).</summary>
    public TimeSpan DelayAfter(int attempt, bool throttled, double jitter01)
    {
        var exponent = Math.Min(attempt - 1, 16);
        var ceiling = Math.Min(MaxDelay.TotalSeconds, BaseDelay.TotalSeconds * Math.Pow(2, exponent));
        var floor = throttled ? Math.Min(MaxDelay.TotalSeconds, Math.Max(ceiling / 2, 2.0)) : 0.0;
        return TimeSpan.FromSeconds(floor + ((ceiling - floor) * Math.Clamp(jitter01, 0, 1)));
    }
}
