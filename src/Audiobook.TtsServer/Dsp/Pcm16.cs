using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>Converts float samples to s16 exactly as <see cref="Clip(double)"/> does each (round half to even, then clamp), eight
    /// at a time where the CPU has 256-bit vectors.</summary>
    public static void Clip(ReadOnlySpan<float> values, Span<short> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(output.Length, values.Length, nameof(output));
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var min = Vector256.Create((float)short.MinValue);
            var max = Vector256.Create((float)short.MaxValue);
            ref var source = ref MemoryMarshal.GetReference(values);
            ref var target = ref MemoryMarshal.GetReference(output);
            for (; i + (2 * Vector256<float>.Count) <= values.Length; i += 2 * Vector256<float>.Count)
            {
                var low = Vector256.LoadUnsafe(ref source, (nuint)i);
                var high = Vector256.LoadUnsafe(ref source, (nuint)(i + Vector256<float>.Count));
                var lowInts = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(low), min), max));
                var highInts = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(high), min), max));
                Vector256.Narrow(lowInts, highInts).StoreUnsafe(ref target, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            output[i] = Clip(values[i]);
        }
    }

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
