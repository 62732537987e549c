using System.ComponentModel.DataAnnotations;

namespace Audiobook.TtsServer;

/// <summary>Faults for testing clients; all off by default. Probabilities are drawn from one <see cref="Random"/> (seeded by
/// <see cref="Seed"/> for repeatable runs); the <c>EveryNth</c> forms count server-wide and are exact.</summary>
public sealed class FaultInjectionOptions
{
    /// <summary>Delay before the first <c>response.audio.delta</c> of every response.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan AddedLatency { get; init; } = TimeSpan.Zero;

    /// <summary>Chance that a response's connection is aborted (no close frame) right after its first audio delta.</summary>
    [Range(0.0, 1.0)]
    public double DropConnectionProbability { get; init; }

    /// <summary>Chance that a response fails after its first audio delta with an <c>error</c> event (<see cref="ErrorCode"/>), then close 1011.</summary>
    [Range(0.0, 1.0)]
    public double ErrorEventProbability { get; init; }

    /// <summary>Chance that a WebSocket handshake is refused with HTTP 429 <c>Throttling.RateQuota</c>.</summary>
    [Range(0.0, 1.0)]
    public double ThrottleProbability { get; init; }

    /// <summary>Seed for the fault draws; null draws from a random seed.</summary>
    public int? Seed { get; init; }

    /// <summary>Drop the connection on every Nth response (1-based, server-wide); 0 = off.</summary>
    [Range(0, int.MaxValue)]
    public int DropEveryNthResponse { get; init; }

    /// <summary>Send the injected error on every Nth response (server-wide); 0 = off.</summary>
    [Range(0, int.MaxValue)]
    public int ErrorEveryNthResponse { get; init; }

    /// <summary>Refuse every Nth handshake with HTTP 429 (server-wide); 0 = off.</summary>
    [Range(0, int.MaxValue)]
    public int ThrottleEveryNthConnection { get; init; }

    /// <summary>The code of injected error events: <c>InternalError</c>, <c>InternalError.Algo</c>, <c>ModelServingError</c> or
    /// <c>ModelUnavailable</c> get their documented messages (docs/qwen-tts-protocol.md §5.3).</summary>
    [Required]
    public string ErrorCode { get; init; } = "InternalError";
}
