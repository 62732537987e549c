namespace Audiobook.TtsServer.Synthesis;

/// <summary>One variant's median F0 at <c>-p</c> 0, 10, …, 90, 99, measured, with log-linear interpolation between those points.
/// espeak-ng scales a variant's base pitch by <c>-p</c> and adds its intonation range on top, so the F0 gained per step differs from
/// variant to variant (aunty 77→363 Hz, rob 96→147 Hz over 0..99). One shared exponential missed targets by up to 23%.
/// Deep variants stop getting lower near 65–75 Hz, and the estimator reads octave errors below its 60 Hz floor, so the curve starts at
/// the lowest point from which F0 rises steadily; <see cref="MinPitch"/> is the lowest <c>-p</c> worth using.</summary>
internal sealed class EspeakPitchCurve
{
    private static readonly int[] Points = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99];

    /// <summary>A point counts as part of the curve if the next higher one is at least this much higher.</summary>
    private const double SteadyRise = 1.02;

    private readonly double[] _logF0;
    private readonly int _first;

    /// <param name="f0ByPitch">Median F0 in Hz at <c>-p</c> 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99.</param>
    public EspeakPitchCurve(IReadOnlyList<double> f0ByPitch)
    {
        ArgumentNullException.ThrowIfNull(f0ByPitch);
        if (f0ByPitch.Count != Points.Length || f0ByPitch.Any(f => !(f > 0)))
        {
            throw new ArgumentException($"Expected {Points.Length} positive F0 values.", nameof(f0ByPitch));
        }

        _logF0 = [.. f0ByPitch.Select(f => Math.Log(f))];
        _first = Points.Length - 1;
        while (_first > 0 && f0ByPitch[_first - 1] * SteadyRise <= f0ByPitch[_first])
        {
            _first--;
        }

        if (_first > Points.Length - 3)
        {
            throw new ArgumentException("F0 must rise with -p over at least the top three points.", nameof(f0ByPitch));
        }
    }

    /// <summary>The lowest <c>-p</c> on the steadily rising part of the curve.</summary>
    public int MinPitch => Points[_first];

    /// <summary>The highest <c>-p</c> espeak-ng accepts.</summary>
    public static int MaxPitch => Points[^1];

    /// <summary>The F0 in Hz at <c>-p <paramref name="pitch"/></c>, clamped to <see cref="MinPitch"/>..<see cref="MaxPitch"/>.</summary>
    public double F0At(int pitch)
    {
        var p = Math.Clamp(pitch, MinPitch, MaxPitch);
        var i = Segment(k => Points[k] <= p);
        var t = (p - Points[i]) / (double)(Points[i + 1] - Points[i]);
        return Math.Exp(_logF0[i] + t * (_logF0[i + 1] - _logF0[i]));
    }

    /// <summary>The <c>-p</c> whose F0 is closest to <paramref name="f0"/> (log scale), clamped to <see cref="MinPitch"/>..<see cref="MaxPitch"/>.</summary>
    public int PitchFor(double f0)
    {
        var target = Math.Log(f0);
        if (!(target > _logF0[_first]))
        {
            return MinPitch;
        }

        if (target >= _logF0[^1])
        {
            return MaxPitch;
        }

        var i = Segment(k => _logF0[k] <= target);
        var t = (target - _logF0[i]) / (_logF0[i + 1] - _logF0[i]);
        return (int)Math.Round(Points[i] + t * (Points[i + 1] - Points[i]));
    }

    /// <summary>The last segment start (from <see cref="MinPitch"/>, at most the second-to-last point) that satisfies <paramref name="atOrBelow"/>.</summary>
    private int Segment(Func<int, bool> atOrBelow)
    {
        var i = _first;
        while (i < Points.Length - 2 && atOrBelow(i + 1))
        {
            i++;
        }

        return i;
    }
}
