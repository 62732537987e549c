namespace Audiobook.Media.Loudness;

/// <summary>The K-weighting of ITU-R BS.1770-4: a high-shelf "pre-filter" (+4 dB above ~1.7 kHz, the head's
/// acoustic effect) followed by the RLB high-pass (~38 Hz). The recommendation tabulates coefficients for 48 kHz
/// only; here they are derived from the analog prototypes for the actual rate (the same derivation as libebur128
/// and ffmpeg's ebur128 filter), so 24 kHz audio is weighted correctly without resampling.</summary>
internal sealed class KWeightingFilter
{
    private Biquad _shelf;
    private Biquad _highPass;

    public KWeightingFilter(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sampleRate, 0);
        _shelf = CreateShelf(sampleRate);
        _highPass = CreateHighPass(sampleRate);
    }

    public Biquad Shelf => _shelf;

    public Biquad HighPass => _highPass;

    public double Process(double x) => _highPass.Process(_shelf.Process(x));

    /// <summary>K-weights a block in place with exactly the arithmetic of <see cref="Process"/>. Both stages run in one loop with
    /// their state in registers, so the processor overlaps the shelf's recurrence on one sample with the high-pass's on the
    /// previous one instead of waiting on each in turn.</summary>
    public void ProcessInPlace(Span<double> samples)
    {
        var (s0, s1, s2, sa1, sa2) = (_shelf.B0, _shelf.B1, _shelf.B2, _shelf.A1, _shelf.A2);
        var (h0, h1, h2, ha1, ha2) = (_highPass.B0, _highPass.B1, _highPass.B2, _highPass.A1, _highPass.A2);
        var (sz1, sz2) = _shelf.State;
        var (hz1, hz2) = _highPass.State;
        for (var i = 0; i < samples.Length; i++)
        {
            var x = samples[i];
            var s = (s0 * x) + sz1;
            sz1 = (s1 * x) - (sa1 * s) + sz2;
            sz2 = (s2 * x) - (sa2 * s);
            var y = (h0 * s) + hz1;
            hz1 = (h1 * s) - (ha1 * y) + hz2;
            hz2 = (h2 * s) - (ha2 * y);
            samples[i] = y;
        }

        _shelf.State = (sz1, sz2);
        _highPass.State = (hz1, hz2);
    }

    internal static Biquad CreateShelf(int sampleRate)
    {
        const double f0 = 1681.974450955533;
        const double gainDb = 3.999843853973347;
        const double q = 0.7071752369554196;
        var k = Math.Tan(Math.PI * f0 / sampleRate);
        var vh = Math.Pow(10.0, gainDb / 20.0);
        var vb = Math.Pow(vh, 0.4996667741545416);
        var a0 = 1.0 + (k / q) + (k * k);
        return new Biquad(
            (vh + (vb * k / q) + (k * k)) / a0,
            2.0 * ((k * k) - vh) / a0,
            (vh - (vb * k / q) + (k * k)) / a0,
            2.0 * ((k * k) - 1.0) / a0,
            (1.0 - (k / q) + (k * k)) / a0);
    }

    internal static Biquad CreateHighPass(int sampleRate)
    {
        const double f0 = 38.13547087602444;
        const double q = 0.5003270373238773;
        var k = Math.Tan(Math.PI * f0 / sampleRate);
        var a0 = 1.0 + (k / q) + (k * k);
        return new Biquad(1.0, -2.0, 1.0, 2.0 * ((k * k) - 1.0) / a0, (1.0 - (k / q) + (k * k)) / a0);
    }
}
