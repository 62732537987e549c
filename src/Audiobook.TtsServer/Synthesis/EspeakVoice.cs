namespace Audiobook.TtsServer.Synthesis;

/// <summary>How one TTS voice is rendered by espeak-ng, before the session's speech_rate/pitch_rate/volume are applied.</summary>
/// <param name="Variant">The espeak-ng variant appended to the language (<c>cmn+f2</c>).</param>
/// <param name="TargetF0">The median F0 in Hz the voice aims for at pitch_rate 1.</param>
/// <param name="SpeedFactor">Multiplier of the language's base speed.</param>
/// <param name="WordGap">espeak-ng <c>-g</c> (pause between words, 10 ms units).</param>
/// <param name="Amplitude">espeak-ng <c>-a</c> (0–200), normalizing the variant's loudness.</param>
/// <param name="Cantonese">Speak Chinese text as Cantonese (<c>yue</c>) instead of Mandarin (<c>cmn</c>).</param>
internal sealed record EspeakVoice(EspeakVariant Variant, double TargetF0, double SpeedFactor, int WordGap, int Amplitude, bool Cantonese);
