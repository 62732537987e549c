using Audiobook.Jobs.RateLimiting;
using Audiobook.Jobs.Tests.TestSupport;
using Npgsql;

namespace Audiobook.Jobs.Tests;

/// <summary>The shared bucket's row is created by the first take; takes that arrive meanwhile must wait for it instead of
/// finding no row (a worker's sessions open together when its first chapters start: they failed with "rate bucket …
/// vanished from the database" and burned a retry).</summary>
public sealed class TokenBucketCreationTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task AcquireAsync_TakesWhileTheRowIsBeingCreated_WaitForItAndAreAllGranted()
    {
        var key = RateBucketKey.For("qwen3-tts-flash-realtime", "key-" + Guid.NewGuid().ToString("N"), 6000);
        await using var database = NpgsqlDataSource.Create(service.ConnectionString);
        var bucket = new PostgresTokenBucket(database, key, TimeProvider.System);

        // Hold the creation back: an uncommitted row with the same key makes the bucket's INSERT wait for this transaction.
        await using var blocker = await database.OpenConnectionAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("INSERT INTO rate_buckets (key, tokens, updated_at, rate_per_second, burst) VALUES (@key, 1, now(), @rate, 1)", blocker, transaction))
        {
            insert.Parameters.AddWithValue("key", key.Key);
            insert.Parameters.AddWithValue("rate", key.RatePerSecond);
            await insert.ExecuteNonQueryAsync();
        }

        var first = bucket.AcquireAsync(CancellationToken.None).AsTask();
        await Await.UntilAsync(() => CreationsWaitingAsync(database), n => n == 1, "the bucket's INSERT to wait for the blocker", TimeSpan.FromSeconds(30));
        var others = Enumerable.Range(0, 8).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();
        // A take that does not wait for the row fails at once; give the others that chance before the row appears.
        await Task.WhenAny(Task.WhenAll(others), Task.Delay(TimeSpan.FromSeconds(2)));
        await transaction.CommitAsync();

        await Task.WhenAll([first, .. others]);
        Assert.Equal(9, bucket.Granted);
    }

    private static async Task<long> CreationsWaitingAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO rate_buckets%ON CONFLICT%'");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
