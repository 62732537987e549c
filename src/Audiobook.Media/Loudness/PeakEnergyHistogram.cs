namespace Audiobook.Media.Loudness;

/// <summary>K-weighted energy of the audio by the sample peak of its 20 ms window (0.1 dB bins). With it the loudness
/// a peak limiter will take away can be predicted for any gain and ceiling without measuring again: a window whose
/// peak ends up <c>x</c> dB over the ceiling loses about <c>x</c> dB. Checked against ffmpeg's alimiter
/// (5 ms attack, 50 ms release) on speech: within 0.3 LU for 3-9 dB of peak reduction.</summary>
public sealed class PeakEnergyHistogram : IEquatable<PeakEnergyHistogram>
{
    /// <summary>Peak of the lowest bin, dBFS; quieter windows fall into it.</summary>
    public const double LowestDb = -100.0;

    /// <summary>Bin width, dB.</summary>
    public const double BinDb = 0.1;

    private readonly double[] _energy;

    internal PeakEnergyHistogram(double[] energy)
    {
        _energy = energy;
    }

    /// <summary>Loudness change (LU, zero or negative) from gaining by <paramref name="gainDb"/> and limiting the
    /// sample peaks to <paramref name="ceilingDb"/>, relative to the gain alone.</summary>
    public double LimiterLossDb(double gainDb, double ceilingDb)
    {
        double total = 0, kept = 0;
        for (var b = 0; b < _energy.Length; b++)
        {
            var e = _energy[b];
            if (e <= 0)
            {
                continue;
            }

            var over = (LowestDb + ((b + 0.5) * BinDb)) + gainDb - ceilingDb;
            total += e;
            kept += over > 0 ? e * Math.Pow(10, -over / 10) : e;
        }

        return total > 0 ? 10 * Math.Log10(kept / total) : 0;
    }

    internal static int BinOf(double peakDb) =>
        peakDb <= LowestDb ? 0 : (int)Math.Min(Math.Floor((peakDb - LowestDb) / BinDb), BinCount - 1);

    internal const int BinCount = (int)((0.0 - LowestDb) / BinDb) + 10;

    public bool Equals(PeakEnergyHistogram? other) => other is not null && _energy.AsSpan().SequenceEqual(other._energy);

    public override bool Equals(object? obj) => Equals(obj as PeakEnergyHistogram);

    public override int GetHashCode() => _energy.Length;
}
