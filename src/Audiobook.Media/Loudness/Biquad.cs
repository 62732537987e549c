namespace Audiobook.Media.Loudness;

/// <summary>A second-order IIR section (transposed direct form II), normalized so a0 = 1.</summary>
internal struct Biquad(double b0, double b1, double b2, double a1, double a2)
{
    private double _z1;
    private double _z2;

    public readonly double B0 => b0;

    public readonly double B1 => b1;

    public readonly double B2 => b2;

    public readonly double A1 => a1;

    public readonly double A2 => a2;

    public double Process(double x)
    {
        var y = (b0 * x) + _z1;
        _z1 = (b1 * x) - (a1 * y) + _z2;
        _z2 = (b2 * x) - (a2 * y);
        return y;
    }

    /// <summary>The filter's memory (z1, z2), for a caller that runs the recurrence itself over a block.</summary>
    public (double Z1, double Z2) State
    {
        readonly get => (_z1, _z2);
        set => (_z1, _z2) = value;
    }
}
