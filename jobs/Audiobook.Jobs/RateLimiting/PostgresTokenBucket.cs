using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.Telemetry;
using Audiobook.Rendering.Synthesis;
using Npgsql;

namespace Audiobook.Jobs.RateLimiting;

/// <summary>The one request limit all workers share: a token bucket in a <c>rate_buckets</c> row, refilled by the
/// time elapsed on the database's clock and taken from in one atomic UPDATE (the row lock serializes takers on every
/// machine). A denied take waits in the job for the time the bucket needs; it never throws, so it never burns a retry.
/// With a burst of one and a rate of (RPM − 1)/60 per second, no 60-second window can hold more than RPM requests, so
/// a sliding-window limiter on the service side never has to throttle us.</summary>
public sealed class PostgresTokenBucket(NpgsqlDataSource database, RateBucketKey bucket, TimeProvider timeProvider) : IRequestRateLimiter
{
    private readonly Lock _rowLock = new();
    private Task? _row;

    /// <summary>Requests granted by this process (for metrics).</summary>
    public long Granted => Interlocked.Read(ref _granted);

    /// <summary>Times a take was denied and this process waited (for metrics).</summary>
    public long Waits => Interlocked.Read(ref _waits);

    private long _granted;
    private long _waits;

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        await EnsureRowOnceAsync(cancellationToken).ConfigureAwait(false);

        while (true)
        {
            var wait = await TryTakeAsync(cancellationToken).ConfigureAwait(false);
            if (wait <= TimeSpan.Zero)
            {
                Interlocked.Increment(ref _granted);
                return;
            }

            Interlocked.Increment(ref _waits);
            // A little spread, so that workers denied together do not all ask again at the same instant.
            var spread = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 25));
            ServiceMetrics.RateLimitWaited(wait + spread);
            await Task.Delay(wait + spread, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a token if one is there (returns zero), else returns how long until one will be.</summary>
    private async Task<TimeSpan> TryTakeAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            WITH b AS (
                SELECT key, least(burst, tokens + extract(epoch FROM clock_timestamp() - updated_at)::float8 * rate_per_second) AS available,
                       rate_per_second
                  FROM rate_buckets WHERE key = @key FOR UPDATE)
            UPDATE rate_buckets r
               SET tokens = CASE WHEN b.available >= 1 THEN b.available - 1 ELSE r.tokens END,
                   updated_at = CASE WHEN b.available >= 1 THEN clock_timestamp() ELSE r.updated_at END
              FROM b
             WHERE r.key = b.key
            RETURNING b.available, b.rate_per_second
            """)
            .With("key", bucket.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"rate bucket '{bucket.Key}' vanished from the database");
        }

        var available = reader.GetDouble(0);
        var rate = reader.GetDouble(1);
        return available >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - available) / rate);
    }

    /// <summary>Every take waits for the one creation of the row: a take that went ahead of it would find no row (the
    /// sessions of a worker's first chapters all open at once). A failed creation is tried again by the next take.</summary>
    private Task EnsureRowOnceAsync(CancellationToken cancellationToken)
    {
        lock (_rowLock)
        {
            if (_row is null || _row.IsFaulted || _row.IsCanceled)
            {
                // Not the caller's token: one caller giving up must not fail the creation the others wait for.
                _row = EnsureRowAsync(CancellationToken.None);
            }

            return _row.WaitAsync(cancellationToken);
        }
    }

    private async Task EnsureRowAsync(CancellationToken cancellationToken)
    {
        // Every worker agrees on the rate from its configuration; a changed limit takes effect on the next start.
        await using var command = database.CreateCommand(
            """
            INSERT INTO rate_buckets (key, tokens, updated_at, rate_per_second, burst)
            VALUES (@key, @burst, clock_timestamp(), @rate, @burst)
            ON CONFLICT (key) DO UPDATE SET rate_per_second = excluded.rate_per_second, burst = excluded.burst
             WHERE rate_buckets.rate_per_second <> excluded.rate_per_second OR rate_buckets.burst <> excluded.burst
            """)
            .With("key", bucket.Key).With("rate", bucket.RatePerSecond).With("burst", bucket.Burst);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
