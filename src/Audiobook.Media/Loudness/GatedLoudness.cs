namespace Audiobook.Media.Loudness;

/// <summary>The gating arithmetic of ITU-R BS.1770-4 (integrated loudness) and EBU Tech 3342 (loudness range),
/// over the mean squares of K-weighted blocks. Pure functions; the meter supplies the blocks.</summary>
internal static class GatedLoudness
{
    public const double AbsoluteGateLufs = -70.0;
    public const double IntegratedRelativeGateLu = -10.0;
    public const double RangeRelativeGateLu = -20.0;

    /// <summary>Loudness of a K-weighted mean square (mono: channel weight 1).</summary>
    public static double ToLufs(double meanSquare) =>
        meanSquare > 0 ? -0.691 + (10.0 * Math.Log10(meanSquare)) : double.NegativeInfinity;

    /// <summary>Integrated loudness of 400 ms blocks: absolute gate, then a relative gate 10 LU below the loudness
    /// of the blocks that passed it. Negative infinity when no block passes.</summary>
    public static double Integrated(IReadOnlyList<double> blockMeanSquares) =>
        Gate(blockMeanSquares, IntegratedRelativeGateLu, out _);

    /// <summary>Loudness range (EBU Tech 3342) of 3 s short-term blocks: absolute gate, relative gate 20 LU below,
    /// then the spread between the 10th and 95th percentiles of the remaining loudness values. 0 when none pass.</summary>
    public static double Range(IReadOnlyList<double> shortTermMeanSquares)
    {
        Gate(shortTermMeanSquares, RangeRelativeGateLu, out var relativeGate);
        var kept = new List<double>(shortTermMeanSquares.Count);
        foreach (var ms in shortTermMeanSquares)
        {
            var l = ToLufs(ms);
            if (l > AbsoluteGateLufs && l > relativeGate)
            {
                kept.Add(l);
            }
        }

        if (kept.Count == 0)
        {
            return 0;
        }

        kept.Sort();
        return Percentile(kept, 0.95) - Percentile(kept, 0.10);
    }

    private static double Gate(IReadOnlyList<double> meanSquares, double relativeLu, out double relativeGate)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var ms in meanSquares)
        {
            if (ToLufs(ms) > AbsoluteGateLufs)
            {
                sum += ms;
                count++;
            }
        }

        if (count == 0)
        {
            relativeGate = double.PositiveInfinity;
            return double.NegativeInfinity;
        }

        relativeGate = ToLufs(sum / count) + relativeLu;
        sum = 0;
        count = 0;
        foreach (var ms in meanSquares)
        {
            var l = ToLufs(ms);
            if (l > AbsoluteGateLufs && l > relativeGate)
            {
                sum += ms;
                count++;
            }
        }

        return count == 0 ? double.NegativeInfinity : ToLufs(sum / count);
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}
