using System.Globalization;
using System.Net.WebSockets;
using Audiobook.Tts.Protocol;

namespace Audiobook.Tts.Realtime;

/// <summary>Classifies service errors as retryable or permanent and builds <see cref="TtsException"/>s whose messages never
/// carry the API key (docs/qwen-tts-protocol.md §5).</summary>
internal static class TtsErrors
{
    private static readonly string[] RetryableCodes =
    [
        "InternalError", "internal_error", "ModelServingError", "ModelUnavailable", "ServiceUnavailable", "RequestTimeOut",
        "LimitRequests", "limit_requests", "limit_burst_rate", "insufficient_quota", "server_error", "rate_limit_exceeded",
    ];

    /// <summary>True for throttling and server-side codes; false for parameter, auth and content errors.</summary>
    public static bool IsRetryableCode(string? code, string? message = null)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        // InternalError.Algo.InvalidParameter starts like a server error but is the caller's fault (§5.2).
        if (code.Contains("InvalidParameter", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (code.StartsWith("Throttling", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var retryable in RetryableCodes)
        {
            if (code.StartsWith(retryable, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Sibling realtime APIs wrap everything in COMMON_ERROR and put the real status in the message: "<50002> ...", "<400> ...".
        return string.Equals(code, "COMMON_ERROR", StringComparison.Ordinal) && message is not null
            && (message.StartsWith("<5", StringComparison.Ordinal)
                || message.Contains("thread pool exhausted", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for HTTP statuses worth retrying: 408, 429 and 5xx.</summary>
    public static bool IsRetryableStatus(int status) => status is 408 or 429 or >= 500;

    /// <summary>HTTP errors: the status decides, except that a 4xx other than 408/429 is permanent whatever its code
    /// (e.g. 400 <c>Throttling.AllocationQuota</c> = voice storage full, §7.2).</summary>
    public static bool IsRetryableHttp(int status, string? code) =>
        IsRetryableStatus(status) || (status is < 400 or >= 500 && IsRetryableCode(code));

    public static TtsException FromErrorEvent(ErrorEvent errorEvent, string? apiKey)
    {
        var code = errorEvent.Error.Code ?? errorEvent.Error.Type;
        var message = Redact(errorEvent.Error.Message, apiKey) ?? "no message";
        return new TtsException($"TTS server error {code ?? "(no code)"}: {message}")
        {
            Code = code,
            IsRetryable = IsRetryableCode(code, errorEvent.Error.Message),
            ServerEventId = string.IsNullOrEmpty(errorEvent.EventId) ? null : errorEvent.EventId,
        };
    }

    public static TtsException Handshake(int status, string? apiKeyOrNull, TimeSpan? retryAfter, Exception inner)
    {
        var (code, text, retryable) = status switch
        {
            401 or 403 when string.IsNullOrEmpty(apiKeyOrNull) =>
                ("InvalidApiKey", "no API key is configured (set DASHSCOPE_API_KEY)", false),
            401 => ("InvalidApiKey", "the API key was rejected (check DASHSCOPE_API_KEY and that it belongs to this region)", false),
            403 => ("AccessDenied", "access denied (check the key's permissions, the workspace and the model)", false),
            404 => ("NotFound", "the realtime endpoint was not found (check the base URL)", false),
            429 => ("Throttling", "the service is throttling new connections", true),
            _ => (status >= 500 ? "InternalError" : "HandshakeRejected", "the server refused the WebSocket upgrade", IsRetryableStatus(status)),
        };
        return new TtsException(
            string.Create(CultureInfo.InvariantCulture, $"TTS connection rejected with HTTP {status}: {text}."), inner)
        {
            Code = code,
            HttpStatus = status,
            IsRetryable = retryable,
            RetryAfter = retryAfter,
        };
    }

    public static TtsException ConnectionClosed(string detail, Exception? inner = null, bool retryable = true) =>
        new($"TTS connection closed {detail}.", inner) { Code = "ConnectionClosed", IsRetryable = retryable };

    public static TtsException ClosedByServer(WebSocketCloseStatus? status, string? description)
    {
        // 1007 (invalid payload) and 1008 (policy) mean this request is bad: the siblings close with 1007 after parameter errors (§5.2).
        var permanent = status is WebSocketCloseStatus.InvalidPayloadData or WebSocketCloseStatus.PolicyViolation;
        var detail = status is null
            ? "by the server without a close status"
            : string.Create(CultureInfo.InvariantCulture, $"by the server ({(int)status.Value} {description})");
        return ConnectionClosed(detail + " before the operation completed", retryable: !permanent);
    }

    public static TtsException ResponseTimeout(TimeSpan timeout) =>
        new(string.Create(CultureInfo.InvariantCulture, $"TTS server sent nothing for {timeout.TotalSeconds:0.###} s while a response was pending."))
        {
            Code = "ResponseTimeout",
            IsRetryable = true,
        };

    public static TtsException Aborted(string why) =>
        new($"TTS session aborted: {why}.") { Code = "SessionAborted", IsRetryable = true };

    public static TtsException ProtocolError(Exception inner) =>
        new("TTS server sent a malformed event.", inner) { Code = "ProtocolError", IsRetryable = true };

    /// <summary>A fresh exception for a later operation on a session that already failed (exceptions are not rethrown twice).</summary>
    public static TtsException SessionUnusable(TtsException cause) =>
        new("TTS session is no longer usable: " + cause.Message, cause)
        {
            Code = cause.Code,
            IsRetryable = cause.IsRetryable,
            HttpStatus = cause.HttpStatus,
            ServerEventId = cause.ServerEventId,
            RetryAfter = cause.RetryAfter,
        };

    /// <summary>Replaces the API key wherever a server message echoes it.</summary>
    public static string? Redact(string? text, string? apiKey) =>
        text is null || string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);
}
