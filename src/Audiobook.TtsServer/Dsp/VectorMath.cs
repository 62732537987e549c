using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Audiobook.TtsServer.Dsp;

/// <summary>SIMD dot products (System.Numerics.Tensors is not part of the shared framework). They use a fixed 256-bit layout and a fixed
/// summation order rather than <c>Vector&lt;T&gt;</c>, whose width depends on the CPU and runtime settings: another width sums in another
/// order, rounds differently and would make the same request produce different audio bytes on another machine.</summary>
internal static class VectorMath
{
    /// <summary>The dot product of the common length of <paramref name="a"/> and <paramref name="b"/>, summed in double. One generic
    /// body for float and double: the JIT specializes it per element type, so both run the same code they did when written twice.</summary>
    public static double Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, INumber<T>
    {
        var length = Math.Min(a.Length, b.Length);
        var vectorA = MemoryMarshal.Cast<T, Vector256<T>>(a[..length]);
        var vectorB = MemoryMarshal.Cast<T, Vector256<T>>(b[..length]);
        var sum = Vector256<T>.Zero;
        for (var i = 0; i < vectorA.Length; i++)
        {
            sum += vectorA[i] * vectorB[i];
        }

        var result = 0.0;
        for (var lane = 0; lane < Vector256<T>.Count; lane++)
        {
            result += double.CreateTruncating(sum.GetElement(lane));
        }

        for (var i = vectorA.Length * Vector256<T>.Count; i < length; i++)
        {
            result += double.CreateTruncating(a[i] * b[i]);
        }

        return result;
    }

    /// <summary>The dot product of two float spans whose length is a whole number of 256-bit vectors (filters zero-padded to it),
    /// summed in float: lane-wise products and sums, then the halves folded in a fixed order. Faster than <see cref="Dot{T}"/> for
    /// the short filters of the resampler, and as deterministic.</summary>
    public static float DotPadded(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var vectorA = MemoryMarshal.Cast<float, Vector256<float>>(a);
        var vectorB = MemoryMarshal.Cast<float, Vector256<float>>(b[..a.Length]);
        var sum = Vector256<float>.Zero;
        for (var i = 0; i < vectorA.Length; i++)
        {
            sum += vectorA[i] * vectorB[i];
        }

        return Fold(sum);
    }

    /// <summary>Four <see cref="DotPadded"/> products at once, each summed in exactly its order (so each result is the same to the bit):
    /// one filter span per product in <paramref name="filters"/> at <paramref name="filterOffsets"/>, one signal window in
    /// <paramref name="signal"/> at <paramref name="signalOffsets"/>, all <paramref name="length"/> long, a whole number of vectors.
    /// Four independent sums keep the adder busy where one waits on its previous add.</summary>
    /// <exception cref="ArgumentException">A span is too short for its offset and length, or the length is not whole vectors.</exception>
    public static void DotPadded4(
        ReadOnlySpan<float> filters,
        ReadOnlySpan<int> filterOffsets,
        ReadOnlySpan<float> signal,
        ReadOnlySpan<int> signalOffsets,
        int length,
        Span<float> results)
    {
        if (length < 0 || length % Vector256<float>.Count != 0 || filters.Length < length || signal.Length < length
            || filterOffsets.Length < 4 || signalOffsets.Length < 4 || results.Length < 4)
        {
            throw new ArgumentException("Four products of whole 256-bit vectors are expected.", nameof(length));
        }

        for (var k = 0; k < 4; k++)
        {
            if ((uint)filterOffsets[k] > (uint)(filters.Length - length) || (uint)signalOffsets[k] > (uint)(signal.Length - length))
            {
                throw new ArgumentException("A product reaches past the end of its span.", nameof(length));
            }
        }

        ref var filter = ref MemoryMarshal.GetReference(filters);
        ref var samples = ref MemoryMarshal.GetReference(signal);
        nuint f0 = (uint)filterOffsets[0], f1 = (uint)filterOffsets[1], f2 = (uint)filterOffsets[2], f3 = (uint)filterOffsets[3];
        nuint s0 = (uint)signalOffsets[0], s1 = (uint)signalOffsets[1], s2 = (uint)signalOffsets[2], s3 = (uint)signalOffsets[3];
        Vector256<float> sum0 = Vector256<float>.Zero, sum1 = sum0, sum2 = sum0, sum3 = sum0;
        for (nuint i = 0; i < (uint)length; i += (uint)Vector256<float>.Count)
        {
            sum0 += Vector256.LoadUnsafe(ref filter, f0 + i) * Vector256.LoadUnsafe(ref samples, s0 + i);
            sum1 += Vector256.LoadUnsafe(ref filter, f1 + i) * Vector256.LoadUnsafe(ref samples, s1 + i);
            sum2 += Vector256.LoadUnsafe(ref filter, f2 + i) * Vector256.LoadUnsafe(ref samples, s2 + i);
            sum3 += Vector256.LoadUnsafe(ref filter, f3 + i) * Vector256.LoadUnsafe(ref samples, s3 + i);
        }

        results[0] = Fold(sum0);
        results[1] = Fold(sum1);
        results[2] = Fold(sum2);
        results[3] = Fold(sum3);
    }

    // The halves folded in a fixed order: every product sums its lanes the same way on every machine.
    private static float Fold(Vector256<float> sum)
    {
        var half = sum.GetLower() + sum.GetUpper();
        var quarter = half.GetLower() + half.GetUpper();
        return quarter.GetElement(0) + quarter.GetElement(1);
    }
}
