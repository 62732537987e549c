using System.ComponentModel.DataAnnotations;

namespace Audiobook.Rendering.Synthesis.Retry;

/// <summary>Retries of transient TTS failures (section <c>Retry</c>), validated at start. Only what
/// <see cref="Tts.TtsException.IsRetryable"/> allows is retried, on a fresh session, with exponential backoff and jitter.</summary>
public sealed class SynthesisRetryOptions
{
    public const string Section = "Retry";

    /// <summary>Retries per segment after the first attempt; 0 turns retrying off.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; init; } = 5;

    /// <summary>Median delay before the first retry; later ones grow exponentially (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Cap on one computed delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Shortest wait after throttling that came without a <c>Retry-After</c> hint: the quota refills per second and
    /// per minute, so an immediate retry would only be throttled again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ThrottleDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest server <c>Retry-After</c> hint obeyed as sent; a longer one is cut to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);
}
