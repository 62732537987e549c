namespace Audiobook.Media.Pcm;

/// <summary>Pink (1/f) noise by Paul Kellet's refined filter over uniform white noise, scaled to unit RMS.</summary>
internal sealed class PinkNoise(int seed)
{
    // RMS of the unscaled filter output, measured once over a long deterministic run.
    private static readonly double UnscaledRms = MeasureUnscaledRms();

    private readonly SeededRandom _random = new(seed);
    private double _b0, _b1, _b2, _b3, _b4, _b5, _b6;

    /// <summary>The next sample, with an RMS of about 1.</summary>
    public double Next() => NextUnscaled() / UnscaledRms;

    private double NextUnscaled()
    {
        var white = _random.NextSigned();
        _b0 = (0.99886 * _b0) + (white * 0.0555179);
        _b1 = (0.99332 * _b1) + (white * 0.0750759);
        _b2 = (0.96900 * _b2) + (white * 0.1538520);
        _b3 = (0.86650 * _b3) + (white * 0.3104856);
        _b4 = (0.55000 * _b4) + (white * 0.5329522);
        _b5 = (-0.7616 * _b5) - (white * 0.0168980);
        var pink = _b0 + _b1 + _b2 + _b3 + _b4 + _b5 + _b6 + (white * 0.5362);
        _b6 = white * 0.115926;
        return pink;
    }

    private static double MeasureUnscaledRms()
    {
        const int Warmup = 1 << 14;
        const int Count = 1 << 20;
        var probe = new PinkNoise(12345);
        for (var i = 0; i < Warmup; i++)
        {
            probe.NextUnscaled();
        }

        var sum = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var x = probe.NextUnscaled();
            sum += x * x;
        }

        return Math.Sqrt(sum / Count);
    }
}
