namespace Audiobook.Media.Mastering;

/// <summary>AAC-LC encoding (ffmpeg's native <c>aac</c>; Debian has no libfdk_aac) for M4B/M4A deliverables.</summary>
/// <param name="BitrateKbps">Bit rate in kbit/s (64 is transparent enough for mono speech).</param>
/// <param name="Coder"><c>fast</c> or <c>twoloop</c> (ffmpeg's <c>-aac_coder</c>): on speech, fast is about 5x faster
/// at the same bit rate; see docs/benchmarks/media.md.</param>
/// <param name="SampleRate">Output sample rate in Hz, or null to keep the working rate.</param>
public sealed record AacSettings(int BitrateKbps = 64, string Coder = "fast", int? SampleRate = null);
