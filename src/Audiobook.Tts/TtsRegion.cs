namespace Audiobook.Tts;

/// <summary>The DashScope region whose endpoints the client talks to. API keys are region-specific (docs/qwen-tts-protocol.md §1.1).</summary>
public enum TtsRegion
{
    /// <summary>China mainland: <c>dashscope.aliyuncs.com</c>.</summary>
    Beijing,

    /// <summary>International: <c>dashscope-intl.aliyuncs.com</c>.</summary>
    Singapore,
}
