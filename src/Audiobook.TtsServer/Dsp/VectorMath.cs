using System.Numerics;
using System.Runtime.InteropServices;

namespace Audiobook.TtsServer.Dsp;

/// <summary>SIMD dot products (System.Numerics.Tensors is not part of the shared framework).</summary>
internal static class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var vectorA = MemoryMarshal.Cast<double, Vector<double>>(a[..length]);
        var vectorB = MemoryMarshal.Cast<double, Vector<double>>(b[..length]);
        var sum = Vector<double>.Zero;
        for (var i = 0; i < vectorA.Length; i++)
        {
            sum += vectorA[i] * vectorB[i];
        }

        var result = Vector.Sum(sum);
        for (var i = vectorA.Length * Vector<double>.Count; i < length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var vectorA = MemoryMarshal.Cast<float, Vector<float>>(a[..length]);
        var vectorB = MemoryMarshal.Cast<float, Vector<float>>(b[..length]);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < vectorA.Length; i++)
        {
            sum += vectorA[i] * vectorB[i];
        }

        double result = Vector.Sum(sum);
        for (var i = vectorA.Length * Vector<float>.Count; i < length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }
}
