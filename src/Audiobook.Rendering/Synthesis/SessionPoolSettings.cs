using System.ComponentModel.DataAnnotations;
using Audiobook.Core.Voices;
using Audiobook.Tts;

namespace Audiobook.Rendering.Synthesis;

/// <summary>One run's session pool: where to connect, which voice, how many sessions at once, plus the configured
/// <see cref="SessionPoolOptions"/>.</summary>
public sealed record SessionPoolSettings
{
    public required TtsClientOptions Client { get; init; }

    public required VoiceSettings Voice { get; init; }

    /// <summary>Working format: PCM s16le mono at this rate (24 kHz is the one rate every model offers).</summary>
    public int SampleRate { get; init; } = 24000;

    /// <summary>Sessions open at once (each carries one commit at a time).</summary>
    [Range(1, RenderingOptions.MaxConcurrency)]
    public int MaxSessions { get; init; } = 4;

    public SessionPoolOptions Pool { get; init; } = new();
}
