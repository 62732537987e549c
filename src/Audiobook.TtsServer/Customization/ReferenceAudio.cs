using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Customization;

/// <summary>A decoded voice-cloning sample: its original sample rate and what was measured in it.</summary>
internal sealed record ReferenceAudio(int? InputSampleRate, SpeechAnalysis Analysis);
