namespace Audiobook.Tts;

/// <summary>A failure reported by the Qwen TTS service or its transport. <see cref="IsRetryable"/> tells whether the same request
/// may succeed later (throttling, server errors, dropped connections). The message never contains the API key.</summary>
public sealed class TtsException : Exception
{
    public TtsException()
    {
    }

    public TtsException(string message)
        : base(message)
    {
    }

    public TtsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The service's error code (<c>invalid_value</c>, <c>Throttling.RateQuota</c>, <c>InvalidApiKey</c>...), or a client-side code
    /// such as <c>ConnectionClosed</c>, <c>ResponseTimeout</c> or <c>ConnectTimeout</c>.</summary>
    public string? Code { get; init; }

    /// <summary>True when retrying the same request later (on a new session) may succeed.</summary>
    public bool IsRetryable { get; init; }

    /// <summary>The HTTP status of a rejected WebSocket handshake or customization request.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The <c>event_id</c> of the server's <c>error</c> event, when the failure came from one.</summary>
    public string? ServerEventId { get; init; }

    /// <summary>The server's <c>Retry-After</c> hint on a throttled handshake or HTTP request, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
