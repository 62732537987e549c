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

        var half = sum.GetLower() + sum.GetUpper();
        var quarter = half.GetLower() + half.GetUpper();
        return quarter.GetElement(0) + quarter.GetElement(1);
    }
}
