using Audiobook.Tts;

namespace Audiobook.Rendering.Synthesis;

/// <summary>Synthesizes a segment with one commit on a pooled session, under the client-side rate limit.
/// A transient failure (throttling, 5xx, dropped socket, timeout) is retried with jittered backoff on a fresh
/// session; a permanent one (unknown voice, bad key) is rethrown at once.</summary>
public sealed class RealtimeSegmentSynthesizer : ISegmentSynthesizer
{
    private readonly RealtimeSessionPool _pool;
    private readonly IRequestRateLimiter _limiter;
    private readonly RetryPolicy _retry;
    private readonly TimeProvider _time;

    public RealtimeSegmentSynthesizer(SessionPoolOptions options, IRequestRateLimiter limiter, RetryPolicy retry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limiter = limiter;
        _retry = retry;
        _time = time;
        _pool = new RealtimeSessionPool(options, limiter, time);
    }

    /// <summary>Transient failures retried so far.</summary>
    public int Retries => Volatile.Read(ref _retries);

    public int ConnectionsOpened => _pool.ConnectionsOpened;

    private int _retries;

    public async Task<SynthesisOutcome> SynthesizeAsync(string text, string languageType, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        for (var attempt = 1; ; attempt++)
        {
            var start = destination.CanSeek ? destination.Position : 0;
            try
            {
                return await SynthesizeOnceAsync(text, languageType, destination, cancellationToken).ConfigureAwait(false);
            }
            catch (TtsException ex) when (ex.IsRetryable && attempt < _retry.MaxAttempts && destination.CanSeek)
            {
                Interlocked.Increment(ref _retries);
                destination.SetLength(start);
                destination.Position = start;
                var throttled = ex.Code?.StartsWith("Throttling", StringComparison.OrdinalIgnoreCase) == true || ex.HttpStatus == 429;
                var delay = _retry.DelayAfter(attempt, throttled, Random.Shared.NextDouble());
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<SynthesisOutcome> SynthesizeOnceAsync(string text, string languageType, Stream destination, CancellationToken cancellationToken)
    {
        var pooled = await _pool.LeaseAsync(languageType, cancellationToken).ConfigureAwait(false);
        var healthy = false;
        try
        {
            await _limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
            var result = await pooled.Session.SynthesizeAsync(text, destination, cancellationToken).ConfigureAwait(false);
            healthy = true;
            return new SynthesisOutcome(result.Usage?.Characters ?? 0, result.AudioBytes, result.FirstAudioDelay);
        }
        finally
        {
            await _pool.ReturnAsync(pooled, healthy).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
