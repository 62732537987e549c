namespace Audiobook.Tts.Customization;

/// <summary>A designed voice (<c>qwen-voice-design</c>, docs/qwen-tts-protocol.md §7.3). Use <see cref="Voice"/> as the session's
/// <c>voice</c> with exactly <see cref="TargetModel"/>.</summary>
/// <param name="Voice">The voice id, e.g. <c>qwen-tts-vd-announcer-voice-20251201102800-a1b2</c>.</param>
/// <param name="TargetModel">The only realtime model that accepts this voice.</param>
public sealed record DesignedVoice(string Voice, string TargetModel)
{
    /// <summary>The language code of the preview text.</summary>
    public string? Language { get; init; }

    /// <summary>The description the voice was designed from.</summary>
    public string? VoicePrompt { get; init; }

    /// <summary>The text of the preview audio.</summary>
    public string? PreviewText { get; init; }

    /// <summary><c>gmt_create</c> (<c>yyyy-MM-dd HH:mm:ss</c>; the time zone is not documented).</summary>
    public DateTime? CreatedAt { get; init; }

    /// <summary><c>gmt_modified</c>, same format as <see cref="CreatedAt"/>.</summary>
    public DateTime? ModifiedAt { get; init; }
}
