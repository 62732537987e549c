using Audiobook.Rendering.Synthesis;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.Rendering.Tests.Synthesis;

public sealed class TokenBucketRateLimiterTests
{
    [Fact]
    public async Task AcquireAsync_BurstOfOneSecond_ThenWaitsForRefill()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TokenBucketRateLimiter(180, time); // 3 per second, burst 3

        for (var i = 0; i < 3; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
        }

        var fourth = limiter.AcquireAsync(CancellationToken.None).AsTask();
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(140));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_OverOneMinute_GrantsExactlyTheRpm()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TokenBucketRateLimiter(10, time);
        // Off xUnit's synchronization context, a waiter released by Advance resumes inside Advance itself, so after each step of the
        // fake clock the test sees exactly what the bucket granted at that instant.
        var granted = await Task.Run(async () =>
        {
            var count = 0;
            Task? waiting = null;
            for (var second = 0; second <= 60; second++)
            {
                while ((waiting ??= limiter.AcquireAsync(CancellationToken.None).AsTask()).IsCompleted)
                {
                    await waiting;
                    count++;
                    waiting = null;
                }

                if (second < 60)
                {
                    time.Advance(TimeSpan.FromSeconds(1));
                }
            }

            return count;
        });

        // One initial token plus one every 6 s: at 6, 12, ... 60 s.
        Assert.Equal(11, granted);
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_Throws()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TokenBucketRateLimiter(60, time);
        await limiter.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(cts.Token).AsTask();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
