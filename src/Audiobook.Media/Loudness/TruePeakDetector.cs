using System.Numerics;

namespace Audiobook.Media.Loudness;

/// <summary>True-peak detection per ITU-R BS.1770-4 Annex 2: 4x oversampling with the recommendation's 48-tap
/// polyphase FIR (12 taps per phase), then the largest absolute value. The four phases are computed together as
/// one <see cref="Vector4"/> per tap. The sample peak is included, so the result is never below it.</summary>
internal sealed class TruePeakDetector
{
    private const int Taps = 12;

    // BS.1770-4 Annex 2, Table: the four phases of the interpolating filter, column k holds tap k of phases 0..3.
    private static readonly Vector4[] Columns = BuildColumns(
    [
        [0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000, -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750, 0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500],
        [-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250, -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125, 0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375],
        [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000, -0.2003173828125, 0.7797851562500, 0.4650878906250, -0.1665039062500, 0.0891113281250, -0.0517578125000, 0.0292968750000, -0.0291748046875],
        [-0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.1022949218750, 0.9721679687500, 0.1373291015625, -0.0594482421875, 0.0332031250000, -0.0196533203125, 0.0109863281250, 0.0017089843750],
    ]);

    // The last 12 inputs, stored twice so the window x[n], x[n-1], ... x[n-11] is always contiguous.
    private readonly float[] _history = new float[Taps * 2];
    private int _position;
    private Vector4 _peak;
    private float _samplePeak;

    /// <summary>The largest absolute value seen so far, as a linear amplitude (1.0 = full scale).</summary>
    public double Peak => Math.Max(Math.Max(Math.Max(_peak.X, _peak.Y), Math.Max(_peak.Z, _peak.W)), _samplePeak);

    public void Process(float x)
    {
        _samplePeak = Math.Max(_samplePeak, Math.Abs(x));
        _position = _position == 0 ? Taps - 1 : _position - 1;
        _history[_position] = x;
        _history[_position + Taps] = x;

        var window = _history.AsSpan(_position, Taps);
        var acc = Vector4.Zero;
        for (var k = 0; k < Taps; k++)
        {
            acc += Columns[k] * window[k];
        }

        _peak = Vector4.Max(_peak, Vector4.Abs(acc));
    }

    private static Vector4[] BuildColumns(double[][] phases)
    {
        var columns = new Vector4[Taps];
        for (var k = 0; k < Taps; k++)
        {
            columns[k] = new Vector4((float)phases[0][k], (float)phases[1][k], (float)phases[2][k], (float)phases[3][k]);
        }

        return columns;
    }
}
