namespace Audiobook.TtsServer.RateLimiting;

/// <summary>Counts requests per key over a sliding window (exact timestamps, not buckets), on the injected clock.</summary>
internal sealed class SlidingWindowRateLimiter(TimeProvider timeProvider)
{
    private readonly Dictionary<string, Queue<long>> _hits = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Records a request and returns true if fewer than <paramref name="limit"/> requests happened in the last <paramref name="window"/>;
    /// otherwise <paramref name="retryAfter"/> is when the oldest counted request leaves the window.</summary>
    public bool TryAcquire(string key, int limit, TimeSpan window, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var now = timeProvider.GetTimestamp();
        lock (_gate)
        {
            if (!_hits.TryGetValue(key, out var queue))
            {
                queue = new Queue<long>();
                _hits[key] = queue;
            }

            while (queue.Count > 0 && timeProvider.GetElapsedTime(queue.Peek(), now) >= window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= limit)
            {
                retryAfter = queue.Count > 0 ? window - timeProvider.GetElapsedTime(queue.Peek(), now) : window;
                return false;
            }

            queue.Enqueue(now);
            return true;
        }
    }
}
