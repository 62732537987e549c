namespace Audiobook.Media.Probing;

/// <summary>What ffmpeg says, at <c>-loglevel verbose</c>, about the first audio stream it wrote to its first output file.</summary>
/// <param name="CodecName">The encoder's codec as ffmpeg names it (<c>mp3</c>, <c>aac</c>).</param>
/// <param name="SampleRate">The stream's sample rate in Hz.</param>
/// <param name="Samples">Samples encoded.</param>
/// <param name="Packets">Packets muxed into the file (for AAC: frames of 1024 samples, priming included).</param>
public sealed record EncodeReport(string CodecName, int SampleRate, long Samples, long Packets)
{
    /// <summary>The encoded audio's length, from the samples encoded.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks((long)Math.Round(Samples * (double)TimeSpan.TicksPerSecond / SampleRate));
}
