using Microsoft.Extensions.Logging;

namespace Audiobook.TtsServer;

/// <summary>All log messages of the server (source-generated, static templates, never an API key).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Session {SessionId} opened for model {Model}")]
    public static partial void SessionOpened(ILogger logger, string sessionId, string model);

    [LoggerMessage(2, LogLevel.Information, "Session {SessionId} ended")]
    public static partial void SessionEnded(ILogger logger, string sessionId);

    [LoggerMessage(3, LogLevel.Error, "Synthesis failed in session {SessionId}")]
    public static partial void SynthesisFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(4, LogLevel.Information, "Session {SessionId} sent error {Code} and closes with {CloseStatus}")]
    public static partial void SessionError(ILogger logger, string sessionId, string code, int closeStatus);

    [LoggerMessage(5, LogLevel.Warning, "Injected fault {Fault} in session {SessionId}")]
    public static partial void FaultInjected(ILogger logger, string fault, string sessionId);

    [LoggerMessage(6, LogLevel.Error, "Customization request failed")]
    public static partial void CustomizationFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Debug, "Session {SessionId} connection ended abruptly")]
    public static partial void ConnectionLost(ILogger logger, string sessionId);

    [LoggerMessage(8, LogLevel.Error, "Session {SessionId} failed unexpectedly")]
    public static partial void SessionFailed(ILogger logger, Exception exception, string sessionId);
}
