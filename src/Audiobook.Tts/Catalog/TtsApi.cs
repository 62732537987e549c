namespace Audiobook.Tts.Catalog;

/// <summary>Which DashScope API a model name belongs to.</summary>
public enum TtsApi
{
    /// <summary>The WebSocket API <c>/api-ws/v1/realtime?model=…</c>.</summary>
    Realtime,

    /// <summary>A non-realtime synthesis model; listed only because it is a valid clone/design <c>target_model</c>.</summary>
    NonRealtime,

    /// <summary>The HTTP customization API (<c>qwen-voice-enrollment</c>, <c>qwen-voice-design</c>).</summary>
    Customization,
}
