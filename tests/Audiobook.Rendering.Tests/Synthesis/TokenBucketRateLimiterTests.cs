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
    public async Task AcquireAsync_OverOneMinute_GrantsAtMostTheRpm()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TokenBucketRateLimiter(10, time);
        var granted = 0;
        using var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await limiter.AcquireAsync(stop.Token);
                Interlocked.Increment(ref granted);
            }
        });

        for (var second = 0; second < 60; second++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.Delay(50);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        // One initial token plus 10 refilled over 60 s.
        Assert.InRange(Volatile.Read(ref granted), 10, 11);
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
