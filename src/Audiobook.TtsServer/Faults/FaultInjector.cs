using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Faults;

/// <summary>Decides injected faults from <see cref="FaultInjectionOptions"/>: exact every-Nth counters first, then seeded random draws.</summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Fault draws must be repeatable from a seed, not secret.")]
internal sealed class FaultInjector
{
    private readonly FaultInjectionOptions _options;
    private readonly ServerStatistics _statistics;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private long _handshakes;
    private long _responses;

    public FaultInjector(IOptions<LocalTtsServerOptions> options, ServerStatistics statistics, TimeProvider timeProvider)
    {
        _options = options.Value.Faults;
        _statistics = statistics;
        _time = timeProvider;
        _random = _options.Seed is { } seed ? new Random(seed) : new Random();
    }

    public string ErrorCode => _options.ErrorCode;

    public string ErrorMessage => _options.ErrorCode switch
    {
        "InternalError" => "An internal error has occured, try again later or contact service support.",
        "InternalError.Algo" => "inference internal error.",
        "ModelServingError" => "Too many requests. Your requests are being throttled due to system capacity limits. Please try again later.",
        "ModelUnavailable" => "Model is unavailable, try again later.",
        _ => "Injected fault.",
    };

    /// <summary>Holds a response for <see cref="FaultInjectionOptions.AddedLatency"/> on the server's clock, counted as an injected fault;
    /// completes at once when no latency is configured.</summary>
    public Task DelayResponseAsync(CancellationToken cancellationToken)
    {
        if (_options.AddedLatency <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var delay = Task.Delay(_options.AddedLatency, _time, cancellationToken);

        // Counted once the timer is armed, so whoever sees the count (a test on a fake clock) may move the clock.
        _statistics.FaultInjected();
        return delay;
    }

    /// <summary>Whether this handshake is refused with HTTP 429 (counts the handshake).</summary>
    public bool ShouldThrottleHandshake(string model)
    {
        var n = Interlocked.Increment(ref _handshakes);
        var throttle = (_options.ThrottleEveryNthConnection > 0 && n % _options.ThrottleEveryNthConnection == 0)
            || Draw(_options.ThrottleProbability);
        if (throttle)
        {
            _statistics.FaultInjected();
            _statistics.ThrottledRequest(model);
        }

        return throttle;
    }

    /// <summary>The fault for the next response (counts the response).</summary>
    public ResponseFault ForNextResponse()
    {
        var n = Interlocked.Increment(ref _responses);
        var fault = ResponseFault.None;
        if (_options.DropEveryNthResponse > 0 && n % _options.DropEveryNthResponse == 0)
        {
            fault = ResponseFault.DropConnection;
        }
        else if (_options.ErrorEveryNthResponse > 0 && n % _options.ErrorEveryNthResponse == 0)
        {
            fault = ResponseFault.ErrorEvent;
        }
        else if (Draw(_options.DropConnectionProbability))
        {
            fault = ResponseFault.DropConnection;
        }
        else if (Draw(_options.ErrorEventProbability))
        {
            fault = ResponseFault.ErrorEvent;
        }

        if (fault != ResponseFault.None)
        {
            _statistics.FaultInjected();
        }

        return fault;
    }

    private bool Draw(double probability)
    {
        if (probability <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < probability;
        }
    }
}
