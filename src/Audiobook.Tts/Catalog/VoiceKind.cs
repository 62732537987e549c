namespace Audiobook.Tts.Catalog;

/// <summary>The kind of voice a model accepts in <c>session.voice</c> (docs/qwen-tts-protocol.md §2.1).</summary>
public enum VoiceKind
{
    /// <summary>A built-in voice such as <c>Cherry</c>.</summary>
    System,

    /// <summary>A voice created with <c>qwen-voice-enrollment</c> for this exact model.</summary>
    Cloned,

    /// <summary>A voice created with <c>qwen-voice-design</c> for this exact model.</summary>
    Designed,
}
