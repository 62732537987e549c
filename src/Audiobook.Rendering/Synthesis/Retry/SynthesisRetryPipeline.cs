using Audiobook.Tts;
using Polly;
using Polly.Retry;

namespace Audiobook.Rendering.Synthesis.Retry;

/// <summary>Builds the Polly retry pipeline of one synthesizer: exponential backoff with jitter for what
/// <see cref="TtsException.IsRetryable"/> allows; a server's <c>Retry-After</c> is obeyed, and throttling without one waits at
/// least <see cref="SynthesisRetryOptions.ThrottleDelay"/>. Delays run on the given <see cref="TimeProvider"/>.</summary>
public static class SynthesisRetryPipeline
{
    /// <summary>Set in the execution's context: how many retries the call needed.</summary>
    public static ResiliencePropertyKey<int> RetriesKey { get; } = new("audiobook.synthesis.retries");

    /// <param name="options">Validated retry options.</param>
    /// <param name="timeProvider">The clock delays wait on (a fake one in tests).</param>
    /// <param name="random">Source of jitter in [0, 1); the shared generator when null.</param>
    public static ResiliencePipeline Create(SynthesisRetryOptions options, TimeProvider timeProvider, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        var jitter = random ?? Random.Shared.NextDouble;
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TtsException>(ex => ex.IsRetryable),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                Randomizer = jitter,
                DelayGenerator = args => ValueTask.FromResult(HintedDelay(args.Outcome.Exception as TtsException, args.AttemptNumber, options, jitter)),
                OnRetry = args =>
                {
                    args.Context.Properties.Set(RetriesKey, args.AttemptNumber + 1);
                    SynthesisMetrics.Retried(args.Outcome.Exception is TtsException failure && IsThrottling(failure));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>The delay a throttle asks for, or null to let Polly's jittered exponential backoff decide.</summary>
    /// <param name="failure">The failure being retried.</param>
    /// <param name="attempt">0 before the first retry.</param>
    /// <param name="options">The limits.</param>
    /// <param name="jitter">Source of jitter in [0, 1).</param>
    internal static TimeSpan? HintedDelay(TtsException? failure, int attempt, SynthesisRetryOptions options, Func<double> jitter)
    {
        if (failure?.RetryAfter is { } hint)
        {
            return hint < options.MaxRetryAfter ? hint : options.MaxRetryAfter;
        }

        if (failure is null || !IsThrottling(failure))
        {
            return null;
        }

        var exponential = options.BaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        var ceiling = Max(options.ThrottleDelay, exponential < options.MaxDelay ? exponential : options.MaxDelay);
        return options.ThrottleDelay + ((ceiling - options.ThrottleDelay) * jitter());
    }

    internal static bool IsThrottling(TtsException failure) =>
        failure.HttpStatus == 429 || failure.Code?.StartsWith("Throttling", StringComparison.OrdinalIgnoreCase) == true;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
