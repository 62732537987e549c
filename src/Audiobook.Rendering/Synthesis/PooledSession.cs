using Audiobook.Tts;

namespace Audiobook.Rendering.Synthesis;

/// <summary>An open session with the language it was configured for and when it was last used.</summary>
internal sealed class PooledSession(RealtimeSession session, string languageType, long lastUsed)
{
    public RealtimeSession Session { get; } = session;

    public string LanguageType { get; } = languageType;

    public long LastUsed { get; set; } = lastUsed;
}
