using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Audiobook.TtsServer.Dsp;

/// <summary>SIMD dot products (System.Numerics.Tensors is not part of the shared framework). They use a fixed 256-bit layout and a fixed
/// summation order rather than <c>Vector&lt;T&gt;</c>, whose width depends on the CPU and runtime settings: another width sums in another
/// order, rounds differently and would make the same request produce different audio bytes on another machine.</summary>
internal static class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var vectorA = MemoryMarshal.Cast<double, Vector256<double>>(a[..length]);
        var vectorB = MemoryMarshal.Cast<double, Vector256<double>>(b[..length]);
        var sum = Vector256<double>.Zero;
        for (var i = 0; i < vectorA.Length; i++)
        {
            sum += vectorA[i] * vectorB[i];
        }

        var result = 0.0;
        for (var lane = 0; lane < Vector256<double>.Count; lane++)
        {
            result += sum.GetElement(lane);
        }

        for (var i = vectorA.Length * Vector256<double>.Count; i < length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var vectorA = MemoryMarshal.Cast<float, Vector256<float>>(a[..length]);
        var vectorB = MemoryMarshal.Cast<float, Vector256<float>>(b[..length]);
        var sum = Vector256<float>.Zero;
        for (var i = 0; i < vectorA.Length; i++)
        {
            sum += vectorA[i] * vectorB[i];
        }

        var result = 0.0;
        for (var lane = 0; lane < Vector256<float>.Count; lane++)
        {
            result += sum.GetElement(lane);
        }

        for (var i = vectorA.Length * Vector256<float>.Count; i < length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }
}
