namespace Audiobook.Media.Pcm;

/// <summary>Digital silence: zero samples. Same-format PCM joins by appending bytes, so a pause is just zeros.</summary>
public static class Silence
{
    private static readonly byte[] Zeros = new byte[16 * 1024];

    /// <summary>Writes <paramref name="duration"/> of silence (rounded to the nearest frame).</summary>
    public static void Write(Stream destination, PcmFormat format, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(format);
        var remaining = format.BytesFor(duration);
        while (remaining > 0)
        {
            var n = (int)Math.Min(remaining, Zeros.Length);
            destination.Write(Zeros, 0, n);
            remaining -= n;
        }
    }

    /// <inheritdoc cref="Write"/>
    public static async ValueTask WriteAsync(Stream destination, PcmFormat format, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(format);
        var remaining = format.BytesFor(duration);
        while (remaining > 0)
        {
            var n = (int)Math.Min(remaining, Zeros.Length);
            await destination.WriteAsync(Zeros.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            remaining -= n;
        }
    }
}
