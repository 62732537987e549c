using System.Buffers;
using System.Buffers.Binary;

namespace Audiobook.Media.Pcm;

/// <summary>Room tone: pink noise at a low RMS level, so pauses are never digital silence (ACX rejects files
/// with digital silence) while the noise floor stays far below the -60 dB limit. Deterministic for a seed, and
/// continuous across calls (one generator per chapter gives one unbroken noise).</summary>
public sealed class RoomToneGenerator
{
    private const int ChunkFrames = 4096;
    private readonly PcmFormat _format;
    private readonly PinkNoise _noise;
    private readonly double _amplitude;

    /// <param name="format">Format of the PCM written.</param>
    /// <param name="levelDb">RMS level in dBFS (for example -70).</param>
    /// <param name="seed">Seed of the noise; the same seed gives the same bytes.</param>
    public RoomToneGenerator(PcmFormat format, double levelDb, int seed)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levelDb, 0.0);
        _format = format;
        _noise = new PinkNoise(seed);
        _amplitude = 32768.0 * Math.Pow(10.0, levelDb / 20.0);
    }

    public double LevelDb => 20.0 * Math.Log10(_amplitude / 32768.0);

    /// <summary>Fills <paramref name="s16le"/> (whole frames) with the next room tone samples.</summary>
    public void Fill(Span<byte> s16le)
    {
        if (s16le.Length % PcmFormat.BytesPerSample != 0)
        {
            throw new ArgumentException("The buffer must hold whole 16-bit samples.", nameof(s16le));
        }

        for (var i = 0; i < s16le.Length; i += PcmFormat.BytesPerSample)
        {
            var v = Math.Clamp(Math.Round(_noise.Next() * _amplitude), short.MinValue, short.MaxValue);
            BinaryPrimitives.WriteInt16LittleEndian(s16le.Slice(i, 2), (short)v);
        }
    }

    /// <summary>Writes <paramref name="duration"/> of room tone (rounded to the nearest frame).</summary>
    public void Write(Stream destination, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var remaining = _format.BytesFor(duration);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkFrames * _format.BlockAlign);
        try
        {
            while (remaining > 0)
            {
                var n = (int)Math.Min(remaining, ChunkFrames * _format.BlockAlign);
                Fill(buffer.AsSpan(0, n));
                destination.Write(buffer, 0, n);
                remaining -= n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
