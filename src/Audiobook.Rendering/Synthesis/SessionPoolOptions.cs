using System.ComponentModel.DataAnnotations;

namespace Audiobook.Rendering.Synthesis;

/// <summary>How the pool recycles commit-mode sessions (section <c>SessionPool</c>), validated at start. What a run decides
/// (endpoint, voice, number of sessions) is in <see cref="SessionPoolSettings"/>.</summary>
public sealed class SessionPoolOptions
{
    public const string Section = "SessionPool";

    /// <summary>A session idle longer than this is closed instead of reused: the service drops a connection
    /// that starts no task for 60 s (docs/tts-client.md), so the limit stays below a minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:59")]
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Also count each new connection as a request (the service's unit is undocumented).</summary>
    public bool CountConnectionsAsRequests { get; init; } = true;
}
