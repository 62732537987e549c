namespace Audiobook.Media;

/// <summary>Raw PCM, signed 16-bit little-endian interleaved (<c>s16le</c>): the working format of every chapter.</summary>
/// <param name="SampleRate">Samples per second per channel (24000 for the Qwen TTS stream).</param>
/// <param name="Channels">Interleaved channels; the pipeline is mono.</param>
public sealed record PcmFormat(int SampleRate, int Channels = 1)
{
    /// <summary>Bytes in one sample of one channel (s16).</summary>
    public const int BytesPerSample = 2;

    /// <summary>Mono 24 kHz, the format the TTS service streams.</summary>
    public static PcmFormat Default { get; } = new(24000);

    public int SampleRate { get; } = SampleRate > 0 ? SampleRate : throw new ArgumentOutOfRangeException(nameof(SampleRate), SampleRate, "The sample rate must be positive.");

    public int Channels { get; } = Channels > 0 ? Channels : throw new ArgumentOutOfRangeException(nameof(Channels), Channels, "The channel count must be positive.");

    /// <summary>Bytes in one frame (one sample of every channel).</summary>
    public int BlockAlign => BytesPerSample * Channels;

    public int BytesPerSecond => SampleRate * BlockAlign;

    /// <summary>Whole frames in <paramref name="bytes"/> (a partial frame at the end does not count).</summary>
    public long FramesIn(long bytes) => bytes / BlockAlign;

    public TimeSpan DurationOf(long bytes) => DurationOfFrames(FramesIn(bytes));

    public TimeSpan DurationOfFrames(long frames) =>
        TimeSpan.FromTicks((long)Math.Round(frames * (double)TimeSpan.TicksPerSecond / SampleRate));

    /// <summary>Frames nearest to <paramref name="duration"/> (rounded to the nearest frame).</summary>
    public long FramesFor(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return (long)Math.Round(duration.Ticks * (double)SampleRate / TimeSpan.TicksPerSecond);
    }

    /// <summary>Bytes of whole frames nearest to <paramref name="duration"/>.</summary>
    public long BytesFor(TimeSpan duration) => FramesFor(duration) * BlockAlign;
}
