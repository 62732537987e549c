namespace Audiobook.TtsServer.Realtime;

/// <summary>How one response ended, and so what the session does next.</summary>
internal enum ResponseOutcome
{
    Completed,
    Cancelled,
    VoiceRejected,
    Throttled,
    Failed,
    ConnectionDropped,
    SessionEnded,
}
