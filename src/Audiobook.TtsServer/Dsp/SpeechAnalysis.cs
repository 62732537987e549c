namespace Audiobook.TtsServer.Dsp;

/// <summary>What <see cref="SpeechAnalyzer"/> measures in a speech sample.</summary>
/// <param name="DurationSeconds">Total length.</param>
/// <param name="SpeechSeconds">Time in frames within 26 dB of the loudest frame (speech activity).</param>
/// <param name="VoicedSeconds">Time in voiced frames.</param>
/// <param name="MedianF0">Median F0 of the voiced frames in Hz, or null when too little is voiced.</param>
/// <param name="VoicedSegmentsPerSecond">Voiced runs (≥ 30 ms, roughly syllable nuclei) per second of speech: a pace measure.</param>
internal sealed record SpeechAnalysis(
    double DurationSeconds,
    double SpeechSeconds,
    double VoicedSeconds,
    double? MedianF0,
    double VoicedSegmentsPerSecond);
