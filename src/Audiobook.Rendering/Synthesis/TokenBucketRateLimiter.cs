namespace Audiobook.Rendering.Synthesis;

/// <summary>A client-side token bucket: <c>requestsPerMinute</c> spread evenly, with a burst of at most one
/// second's worth (the service may also enforce RPM/60 per second, docs/qwen-tts-protocol.md §6), so the server
/// never has to throttle us. Waiters are served in arrival order.</summary>
public sealed class TokenBucketRateLimiter : IRequestRateLimiter, IDisposable
{
    private readonly TimeProvider _time;
    private readonly double _tokensPerSecond;
    private readonly double _capacity;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private double _tokens;
    private long _lastRefill;

    public TokenBucketRateLimiter(int requestsPerMinute, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute, 1);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _tokensPerSecond = requestsPerMinute / 60.0;
        _capacity = Math.Max(1.0, Math.Floor(_tokensPerSecond));
        _tokens = _capacity;
        _lastRefill = _time.GetTimestamp();
    }

    public int RequestsPerMinute => (int)Math.Round(_tokensPerSecond * 60);

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = _time.GetTimestamp();
                _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _tokensPerSecond));
                _lastRefill = now;
                if (_tokens >= 1.0)
                {
                    _tokens -= 1.0;
                    return;
                }

                var wait = TimeSpan.FromSeconds((1.0 - _tokens) / _tokensPerSecond);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
