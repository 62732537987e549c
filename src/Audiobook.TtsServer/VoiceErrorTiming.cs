namespace Audiobook.TtsServer;

/// <summary>When an unsupported voice is reported (docs/qwen-tts-protocol.md §11.3: not documented).</summary>
public enum VoiceErrorTiming
{
    /// <summary>On <c>session.update</c>: <c>error</c> <c>invalid_value</c>, then close 1007.</summary>
    OnUpdate,

    /// <summary>When the first response would start (the sibling Omni API's behaviour): <c>error</c>, then close 1007.</summary>
    OnResponse,
}
