using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>The <c>error</c> payloads the server sends. Documented wording where it exists (docs/qwen-tts-protocol.md §4.1, §5); the rest is ours.</summary>
internal static class ServerErrors
{
    public const string InvalidRequest = "invalid_request_error";
    public const string ServerError = "server_error";
    public const string InvalidValue = "invalid_value";
    public const string SessionAlreadyStarted = "Session update error: session already started or finished or failed.";

    public static ErrorInfo Invalid(string message, string? param = null, string? eventId = null) =>
        new() { Type = InvalidRequest, Code = InvalidValue, Message = message, Param = param, EventId = NullIfEmpty(eventId) };

    public static ErrorInfo VoiceNotSupported(string voice, string? eventId = null) =>
        Invalid($"The requested voice '{voice}' is not supported.", "session.voice", eventId);

    public static ErrorInfo EmptyBuffer(string? eventId) => Invalid("Input text buffer is empty.", null, eventId);

    public static ErrorInfo RateQuota() =>
        new() { Type = InvalidRequest, Code = "Throttling.RateQuota", Message = "Requests rate limit exceeded, try again later." };

    public static ErrorInfo Server(string code, string message) => new() { Type = ServerError, Code = code, Message = message };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
