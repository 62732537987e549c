using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Audiobook.TtsServer.Dsp;

/// <summary>Small helpers for 16-bit little-endian mono PCM.</summary>
internal static class Pcm16
{
    /// <summary>Decodes s16le bytes (an odd trailing byte is ignored).</summary>
    public static short[] ToSamples(ReadOnlySpan<byte> bytes)
    {
        var samples = new short[bytes.Length / 2];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, short>(bytes[..(samples.Length * 2)]).CopyTo(samples);
        }
        else
        {
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(i * 2)..]);
            }
        }

        return samples;
    }

    /// <summary>Encodes samples as s16le bytes.</summary>
    public static byte[] ToBytes(ReadOnlySpan<short> samples)
    {
        if (BitConverter.IsLittleEndian)
        {
            return MemoryMarshal.AsBytes(samples).ToArray();
        }

        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        }

        return bytes;
    }

    /// <summary>Converts a float sample (full scale ±32768) to s16 with clipping.</summary>
    public static short Clip(double value) => (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);

    /// <summary>Root mean square of the samples, in s16 units (0 for empty input).</summary>
    public static double Rms(ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / samples.Length);
    }
}
