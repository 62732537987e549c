using Audiobook.Rendering.Synthesis.Retry;
using Audiobook.Tts;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Audiobook.Rendering.Tests.Synthesis.Retry;

/// <summary>The retry pipeline on a fake clock: nothing here waits in real time.</summary>
public sealed class SynthesisRetryPipelineTests
{
    private static readonly SynthesisRetryOptions Options = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(8),
        ThrottleDelay = TimeSpan.FromSeconds(2),
        MaxRetryAfter = TimeSpan.FromMinutes(1),
    };

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task ExecuteAsync_RetryableFailure_RetriedAfterBackoffAndCounted()
    {
        var pipeline = SynthesisRetryPipeline.Create(Options, _time, () => 0.5);
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get();

        var run = pipeline.ExecuteAsync(
            _ => ++attempts < 3 ? throw Retryable() : ValueTask.FromResult("audio"),
            context).AsTask();

        Assert.Equal(1, attempts);
        Assert.False(run.IsCompleted, "the retry must wait for the backoff, on the injected clock");
        _time.Advance(Options.MaxDelay);
        await WhenAsync(() => attempts == 2);
        _time.Advance(Options.MaxDelay);
        Assert.Equal("audio", await run);
        Assert.Equal(3, attempts);
        Assert.Equal(2, context.Properties.GetValue(SynthesisRetryPipeline.RetriesKey, 0));
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public async Task ExecuteAsync_PermanentFailure_ThrownWithoutRetry()
    {
        var pipeline = SynthesisRetryPipeline.Create(Options, _time, () => 0.5);
        var attempts = 0;

        var error = await Assert.ThrowsAsync<TtsException>(() => pipeline.ExecuteAsync<string>(
            _ =>
            {
                attempts++;
                throw new TtsException("unknown voice") { Code = "InvalidParameter", IsRetryable = false };
            }).AsTask());

        Assert.False(error.IsRetryable);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_ThrottleWithRetryAfter_WaitsExactlyTheHint()
    {
        var pipeline = SynthesisRetryPipeline.Create(Options, _time, () => 0.5);
        var hint = TimeSpan.FromSeconds(17);
        var attempts = 0;

        var run = pipeline.ExecuteAsync(
            _ => ++attempts == 1 ? throw new TtsException("throttled") { Code = "Throttling", HttpStatus = 429, IsRetryable = true, RetryAfter = hint } : ValueTask.FromResult(attempts),
            CancellationToken.None).AsTask();

        // 17 s is past MaxDelay (8 s): only the hint can explain still waiting here.
        _time.Advance(hint - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, attempts);
        Assert.False(run.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, await run);
    }

    [Fact]
    public async Task ExecuteAsync_RetriesExhausted_ThrowsTheLastFailure()
    {
        var pipeline = SynthesisRetryPipeline.Create(Options, _time, () => 0.5);
        var attempts = 0;

        var run = pipeline.ExecuteAsync<int>(_ => { attempts++; throw Retryable(); }, CancellationToken.None).AsTask();
        for (var i = 0; i < Options.MaxRetries; i++)
        {
            await WhenAsync(() => attempts == i + 1);
            _time.Advance(Options.MaxDelay);
        }

        await Assert.ThrowsAsync<TtsException>(() => run);
        Assert.Equal(Options.MaxRetries + 1, attempts);
    }

    [Fact]
    public void HintedDelay_ThrottleWithoutHint_WaitsAtLeastTheThrottleDelay()
    {
        var throttled = new TtsException("throttled") { Code = "Throttling.RateQuota", IsRetryable = true };

        Assert.Equal(Options.ThrottleDelay, SynthesisRetryPipeline.HintedDelay(throttled, 0, Options, () => 0));
        Assert.Equal(Options.MaxDelay, SynthesisRetryPipeline.HintedDelay(throttled, 10, Options, () => 1));
    }

    [Fact]
    public void HintedDelay_HintOverTheCap_IsCut() =>
        Assert.Equal(Options.MaxRetryAfter, SynthesisRetryPipeline.HintedDelay(new TtsException { IsRetryable = true, RetryAfter = TimeSpan.FromHours(1) }, 0, Options, () => 0));

    [Fact]
    public void HintedDelay_OtherTransientFailure_LeavesTheBackoffToPolly() =>
        Assert.Null(SynthesisRetryPipeline.HintedDelay(Retryable(), 0, Options, () => 0));

    [Fact]
    public void Create_NoRetries_IsTheEmptyPipeline() =>
        Assert.Same(ResiliencePipeline.Empty, SynthesisRetryPipeline.Create(new SynthesisRetryOptions { MaxRetries = 0 }, _time));

    private static TtsException Retryable() => new("connection dropped") { Code = "ConnectionClosed", IsRetryable = true };

    // The retry runs on a timer callback of the fake clock; this waits (bounded) for it to happen, it does not measure time.
    private static async Task WhenAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition());
    }
}
