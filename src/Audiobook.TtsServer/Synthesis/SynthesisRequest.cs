namespace Audiobook.TtsServer.Synthesis;

/// <summary>Everything one response's audio depends on.</summary>
internal sealed record SynthesisRequest(
    string Text,
    EspeakVoice Voice,
    string LanguageType,
    double SpeechRate,
    double PitchRate,
    int Volume,
    int SampleRate);
