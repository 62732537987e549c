using System.Globalization;

namespace Audiobook.Core.Voices;

/// <summary>Everything that shapes how a segment sounds; part of the segment cache key.</summary>
/// <param name="Model">The TTS model, e.g. <c>qwen3-tts-flash-realtime</c>.</param>
/// <param name="Voice">A system voice name or a cloned/designed voice id.</param>
/// <param name="SpeechRate">0.5–2.0, 1.0 is normal.</param>
/// <param name="PitchRate">0.5–2.0, 1.0 is normal.</param>
/// <param name="Volume">0–100, 50 is normal.</param>
/// <param name="Instructions">Style instructions (instruct models only).</param>
public sealed record VoiceSettings(
    string Model,
    string Voice,
    double SpeechRate = 1.0,
    double PitchRate = 1.0,
    int Volume = 50,
    string? Instructions = null)
{
    /// <summary>A canonical, culture-invariant text form used in cache keys.</summary>
    public string CanonicalForm() => string.Create(
        CultureInfo.InvariantCulture,
        $"model={Model}\nvoice={Voice}\nspeech_rate={SpeechRate:0.###}\npitch_rate={PitchRate:0.###}\nvolume={Volume}\ninstructions={Instructions}");
}
