namespace Audiobook.Media.Mastering;

/// <summary>MP3 (libmp3lame) encoding of a deliverable.</summary>
/// <param name="BitrateKbps">Bit rate in kbit/s (ACX: at least 192).</param>
/// <param name="ConstantBitrate">Constant bit rate (ACX requires CBR); false encodes VBR at a comparable quality.</param>
/// <param name="SampleRate">Output sample rate in Hz (ACX: 44100).</param>
public sealed record Mp3Settings(int BitrateKbps = 192, bool ConstantBitrate = true, int SampleRate = 44100);
