namespace Audiobook.TtsServer.Synthesis;

/// <summary>An espeak-ng voice variant (<c>espeak-ng --voices=variant</c>) with its measured median F0 at <c>-p 50</c> and its RMS at
/// <c>-a 100</c> (English test sentence, 22050 Hz), used to hit a target pitch and to even out loudness between variants.</summary>
internal sealed record EspeakVariant(string Name, double F0AtDefaultPitch, double Rms);
