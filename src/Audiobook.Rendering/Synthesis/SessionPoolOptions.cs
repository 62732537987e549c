using Audiobook.Core.Voices;
using Audiobook.Tts;

namespace Audiobook.Rendering.Synthesis;

/// <summary>How the pool opens and recycles commit-mode sessions.</summary>
public sealed record SessionPoolOptions
{
    public required TtsClientOptions Client { get; init; }

    public required VoiceSettings Voice { get; init; }

    /// <summary>Working format: PCM s16le mono at this rate (24 kHz is the one rate every model offers).</summary>
    public int SampleRate { get; init; } = 24000;

    /// <summary>Sessions open at once (each carries one commit at a time).</summary>
    public int MaxSessions { get; init; } = 4;

    /// <summary>A session idle longer than this is closed instead of reused: the service drops a connection
    /// that starts no task for 60 s (docs/qwen-tts-protocol.md §1.4).</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Also count each new connection as a request (the service's unit is undocumented).</summary>
    public bool CountConnectionsAsRequests { get; init; } = true;
}
