namespace Audiobook.Tts.Customization;

/// <summary>A voice the customization service made, cloned (<see cref="ClonedVoice"/>) or designed (<see cref="DesignedVoice"/>): what
/// both kinds report. Use <see cref="Voice"/> as the session's <c>voice</c> with exactly <see cref="TargetModel"/>.</summary>
/// <param name="Voice">The voice id, e.g. <c>qwen-tts-vc-guanyu-voice-20250812105009984-838b</c>.</param>
/// <param name="TargetModel">The only realtime model that accepts this voice.</param>
public abstract record CustomizedVoice(string Voice, string TargetModel)
{
    /// <summary>The language code (<c>zh</c>, <c>en</c>...) of a clone's sample or a design's preview text, when the service reports it.</summary>
    public string? Language { get; init; }

    /// <summary><c>gmt_create</c> as written by the service (<c>yyyy-MM-dd HH:mm:ss</c>; the time zone is not documented).</summary>
    public DateTime? CreatedAt { get; init; }

    /// <summary><c>gmt_modified</c>, same format as <see cref="CreatedAt"/>.</summary>
    public DateTime? ModifiedAt { get; init; }
}
