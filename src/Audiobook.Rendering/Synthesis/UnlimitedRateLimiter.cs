namespace Audiobook.Rendering.Synthesis;

/// <summary>No client-side limit (<c>--rpm 0</c>), for a local engine that has none.</summary>
public sealed class UnlimitedRateLimiter : IRequestRateLimiter
{
    public static UnlimitedRateLimiter Instance { get; } = new();

    public ValueTask AcquireAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
