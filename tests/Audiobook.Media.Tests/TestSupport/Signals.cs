using System.Runtime.InteropServices;

namespace Audiobook.Media.Tests.TestSupport;

/// <summary>Synthetic test signals as s16 samples.</summary>
internal static class Signals
{
    public static short[] Sine(int rate, double frequency, double peakDbfs, TimeSpan duration)
    {
        var n = (int)Math.Round(duration.TotalSeconds * rate);
        var amplitude = 32767.0 * Math.Pow(10, peakDbfs / 20);
        var samples = new short[n];
        for (var i = 0; i < n; i++)
        {
            samples[i] = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * i / rate));
        }

        return samples;
    }

    public static short[] Zeros(int rate, TimeSpan duration) => new short[(int)Math.Round(duration.TotalSeconds * rate)];

    public static short[] Concat(params short[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] ToBytes(short[] samples) => MemoryMarshal.AsBytes(samples.AsSpan()).ToArray();

    public static void WritePcm(string path, short[] samples) => File.WriteAllBytes(path, ToBytes(samples));

    public static short[] ReadPcm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return MemoryMarshal.Cast<byte, short>(bytes.AsSpan(0, bytes.Length & ~1)).ToArray();
    }

    /// <summary>The first sample index (from <paramref name="from"/>) where |x| exceeds <paramref name="threshold"/>.</summary>
    public static int Onset(short[] samples, int from, int threshold)
    {
        for (var i = from; i < samples.Length; i++)
        {
            if (Math.Abs((int)samples[i]) > threshold)
            {
                return i;
            }
        }

        return -1;
    }
}
