namespace Audiobook.Rendering.Delivery;

/// <summary>The voice, model and delivery settings a render used.</summary>
public sealed record ManifestSettings(string Model, string Voice, double SpeechRate, double PitchRate, int Volume, string Profile, IReadOnlyList<string> Formats, int SampleRate);
