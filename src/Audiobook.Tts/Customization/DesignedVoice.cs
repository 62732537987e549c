namespace Audiobook.Tts.Customization;

/// <summary>A designed voice (<c>qwen-voice-design</c>, docs/qwen-tts-protocol.md §7.3).</summary>
/// <param name="Voice">The voice id, e.g. <c>qwen-tts-vd-announcer-voice-20251201102800-a1b2</c>.</param>
/// <param name="TargetModel">The only realtime model that accepts this voice.</param>
public sealed record DesignedVoice(string Voice, string TargetModel) : CustomizedVoice(Voice, TargetModel)
{
    /// <summary>The description the voice was designed from.</summary>
    public string? VoicePrompt { get; init; }

    /// <summary>The text of the preview audio.</summary>
    public string? PreviewText { get; init; }
}
