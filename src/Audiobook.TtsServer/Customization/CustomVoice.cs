using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Customization;

/// <summary>A cloned or designed voice as stored in <c>custom-voices.json</c>. Only the inputs of the espeak mapping are stored
/// (reference measurements or the prompt), so the voice renders the same after a restart.</summary>
internal sealed record CustomVoice
{
    public required string Voice { get; init; }
    public required VoiceKind Kind { get; init; }
    public required string TargetModel { get; init; }
    public required string PreferredName { get; init; }
    public string? Language { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ModifiedAt { get; init; }

    /// <summary>Designed voices: the description the voice follows.</summary>
    public string? VoicePrompt { get; init; }

    /// <summary>Designed voices: the text of the preview.</summary>
    public string? PreviewText { get; init; }

    /// <summary>Cloned voices: the transcript sent with the sample, if any.</summary>
    public string? Transcript { get; init; }

    /// <summary>Cloned voices: median F0 of the reference sample in Hz.</summary>
    public double? ReferenceF0 { get; init; }

    /// <summary>Cloned voices: speed relative to the base espeak speed, from the sample's pace.</summary>
    public double? SpeedFactor { get; init; }

    /// <summary>Cloned voices: the sample's length and speech time in seconds.</summary>
    public double? ReferenceSeconds { get; init; }

    public double? ReferenceSpeechSeconds { get; init; }

    /// <summary>A new voice of <paramref name="kind"/> created <paramref name="now"/>, with its id in the kind's documented shape;
    /// the kind's own fields are added with <c>with</c>.</summary>
    public static CustomVoice Create(VoiceKind kind, string targetModel, string preferredName, string? language, DateTimeOffset now) => new()
    {
        Voice = kind == VoiceKind.Cloned ? CustomVoiceIds.Cloned(preferredName, now) : CustomVoiceIds.Designed(preferredName, now),
        Kind = kind,
        TargetModel = targetModel,
        PreferredName = preferredName,
        Language = language,
        CreatedAt = now,
        ModifiedAt = now,
    };
}
