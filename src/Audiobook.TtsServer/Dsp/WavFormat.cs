namespace Audiobook.TtsServer.Dsp;

/// <summary>The fields of a WAV <c>fmt </c> chunk that matter here.</summary>
internal readonly record struct WavFormat(short AudioFormat, short Channels, int SampleRate, short BitsPerSample);
