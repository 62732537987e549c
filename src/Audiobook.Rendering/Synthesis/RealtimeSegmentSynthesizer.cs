using Audiobook.Rendering.Synthesis.Retry;
using Audiobook.Tts;
using Polly;

namespace Audiobook.Rendering.Synthesis;

/// <summary>Synthesizes a segment with one commit on a pooled session, under the client-side rate limit.
/// A transient failure (throttling, 5xx, dropped socket, timeout) is retried by the <see cref="SynthesisRetryPipeline"/>
/// on a fresh session; a permanent one (unknown voice, bad key) is rethrown at once.</summary>
public sealed class RealtimeSegmentSynthesizer : ISegmentSynthesizer
{
    private readonly RealtimeSessionPool _pool;
    private readonly IRequestRateLimiter _limiter;
    private readonly ResiliencePipeline _retry;
    private int _retries;

    public RealtimeSegmentSynthesizer(SessionPoolSettings settings, IRequestRateLimiter limiter, SynthesisRetryOptions retry, TimeProvider time)
        : this(settings, limiter, SynthesisRetryPipeline.Create(retry, time), time)
    {
    }

    /// <summary>With a ready-made pipeline (tests pass one with fixed jitter).</summary>
    public RealtimeSegmentSynthesizer(SessionPoolSettings settings, IRequestRateLimiter limiter, ResiliencePipeline retry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _limiter = limiter;
        _retry = retry;
        _pool = new RealtimeSessionPool(settings, limiter, time);
    }

    /// <summary>Transient failures retried so far, over every segment.</summary>
    public int Retries => Volatile.Read(ref _retries);

    public int ConnectionsOpened => _pool.ConnectionsOpened;

    public async Task<SynthesisOutcome> SynthesizeAsync(string text, string languageType, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        // A retry must start from an empty destination; one that cannot rewind gets a single attempt.
        var pipeline = destination.CanSeek ? _retry : ResiliencePipeline.Empty;
        var start = destination.CanSeek ? destination.Position : 0;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await pipeline.ExecuteAsync(
                async (ctx, self) =>
                {
                    if (destination.CanSeek)
                    {
                        destination.SetLength(start);
                        destination.Position = start;
                    }

                    return await self.SynthesizeOnceAsync(text, languageType, destination, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                this).ConfigureAwait(false);
            var retries = context.Properties.GetValue(SynthesisRetryPipeline.RetriesKey, 0);
            Interlocked.Add(ref _retries, retries);
            return outcome with { Retries = retries };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<SynthesisOutcome> SynthesizeOnceAsync(string text, string languageType, Stream destination, CancellationToken cancellationToken)
    {
        try
        {
            var pooled = await _pool.LeaseAsync(languageType, cancellationToken).ConfigureAwait(false);
            var healthy = false;
            try
            {
                await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
                var result = await pooled.Session.SynthesizeAsync(text, destination, cancellationToken).ConfigureAwait(false);
                healthy = true;
                SynthesisMetrics.RequestSucceeded(result.Usage?.Characters ?? 0);
                return new SynthesisOutcome(result.Usage?.Characters ?? 0, result.AudioBytes, result.FirstAudioDelay);
            }
            finally
            {
                await _pool.ReturnAsync(pooled, healthy).ConfigureAwait(false);
            }
        }
        catch (TtsException ex)
        {
            // A refused handshake (the lease) counts as a failed request too: the service saw and refused it.
            SynthesisMetrics.RequestFailed(SynthesisRetryPipeline.IsThrottling(ex));
            throw;
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
