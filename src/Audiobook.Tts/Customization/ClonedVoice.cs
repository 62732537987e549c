namespace Audiobook.Tts.Customization;

/// <summary>A cloned voice (<c>qwen-voice-enrollment</c>, docs/qwen-tts-protocol.md §7.2).</summary>
/// <param name="Voice">The voice id, e.g. <c>qwen-tts-vc-guanyu-voice-20250812105009984-838b</c>.</param>
/// <param name="TargetModel">The only realtime model that accepts this voice.</param>
public sealed record ClonedVoice(string Voice, string TargetModel) : CustomizedVoice(Voice, TargetModel)
{
    /// <summary>Create only: the service fell back to a lower-quality path (<c>fallback_mode</c>).</summary>
    public bool? FallbackMode { get; init; }

    /// <summary>Create only: why it fell back, e.g. <c>no_valid_asr_segments</c>.</summary>
    public string? FallbackReason { get; init; }
}
