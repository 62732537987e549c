using System.Numerics;

namespace Audiobook.Media.Loudness;

/// <summary>True-peak detection per ITU-R BS.1770-4 Annex 2: 4x oversampling with the recommendation's 48-tap
/// polyphase FIR (12 taps per phase), then the largest absolute value. Blocks are computed across samples, one
/// <see cref="Vector{T}"/> of consecutive outputs per phase and tap, adding the taps in the same order as the scalar
/// filter, so the result is the same to the bit. Runs of input too quiet to beat the peak found so far are skipped (speech is
/// mostly well below its peaks, so most of a chapter is), which keeps the result exact. The sample peak is included, so the result
/// is never below it.</summary>
internal sealed class TruePeakDetector
{
    private const int Taps = 12;
    private const int Phases = 4;

    // BS.1770-4 Annex 2, Table: the four phases of the interpolating filter; Coefficients[p][k] is tap k of phase p,
    // applied to the input k samples back.
    private static readonly float[][] Coefficients = ToFloat(
    [
        [0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000, -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750, 0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500],
        [-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250, -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125, 0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375],
        [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000, -0.2003173828125, 0.7797851562500, 0.4650878906250, -0.1665039062500, 0.0891113281250, -0.0517578125000, 0.0292968750000, -0.0291748046875],
        [-0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.1022949218750, 0.9721679687500, 0.1373291015625, -0.0594482421875, 0.0332031250000, -0.0196533203125, 0.0109863281250, 0.0017089843750],
    ]);

    // An output is a sum of 12 products, so its magnitude is at most the largest |input| it reads times the phase's sum of |tap|.
    // Outputs whose inputs are all too quiet for that bound to reach the peak found so far cannot change it and are not computed.
    // The 1.001 covers float rounding in the sums (at most a few parts in ten million), so the peak stays the same to the bit.
    private static readonly float Bound = (float)(Coefficients.Max(phase => phase.Sum(c => (double)Math.Abs(c))) * 1.001);

    // The last Taps - 1 inputs (oldest first) followed by the block being processed, so every window is contiguous.
    private float[] _window = new float[Taps - 1 + 4096];
    private float _peak;

    /// <summary>The largest absolute value seen so far, as a linear amplitude (1.0 = full scale).</summary>
    public double Peak => _peak;

    public void Process(float x) => Process([x]);

    public void Process(ReadOnlySpan<float> block)
    {
        if (block.IsEmpty)
        {
            return;
        }

        var history = Taps - 1;
        if (_window.Length < history + block.Length)
        {
            Array.Resize(ref _window, history + block.Length);
        }

        block.CopyTo(_window.AsSpan(history));
        var peak = _peak;
        foreach (var x in block)
        {
            peak = Math.Max(peak, Math.Abs(x));
        }

        _peak = Filter(_window.AsSpan(0, history + block.Length), peak);

        // Keep the newest Taps - 1 inputs as the history of the next block.
        _window.AsSpan(block.Length, history).CopyTo(_window);
    }

    /// <summary>The largest of <paramref name="peak"/> and every phase's |output| over the block, where output j of phase p is the sum
    /// over k of c[p][k] * window[Taps - 1 + j - k], added in tap order.</summary>
    private static float Filter(ReadOnlySpan<float> window, float peak)
    {
        var outputs = window.Length - (Taps - 1);
        var j = 0;
        if (Vector.IsHardwareAccelerated && outputs >= Vector<float>.Count)
        {
            var width = Vector<float>.Count;
            var quiet = new Vector<float>(peak / Bound);
            for (; j <= outputs - width; j += width)
            {
                // Outputs j .. j + width - 1 read window[j .. j + width + Taps - 2]: the last load ends there, the others step from j
                // (any vector width: 4 lanes need four loads, 8 lanes three, 16 lanes two).
                var loudest = Vector.Abs(new Vector<float>(window.Slice(j + Taps - 1, width)));
                for (var at = j; at < j + Taps - 1; at += width)
                {
                    loudest = Vector.Max(loudest, Vector.Abs(new Vector<float>(window.Slice(at, width))));
                }
                if (!Vector.GreaterThanAny(loudest, quiet))
                {
                    continue;
                }

                var peaks = Vector<float>.Zero;
                for (var p = 0; p < Phases; p++)
                {
                    var c = Coefficients[p];
                    var acc = Vector<float>.Zero;
                    for (var k = 0; k < Taps; k++)
                    {
                        acc += new Vector<float>(c[k]) * new Vector<float>(window.Slice(Taps - 1 + j - k, width));
                    }

                    peaks = Vector.Max(peaks, Vector.Abs(acc));
                }

                for (var lane = 0; lane < width; lane++)
                {
                    peak = Math.Max(peak, peaks[lane]);
                }

                quiet = new Vector<float>(peak / Bound);
            }
        }

        for (; j < outputs; j++)
        {
            for (var p = 0; p < Phases; p++)
            {
                var c = Coefficients[p];
                var acc = 0f;
                for (var k = 0; k < Taps; k++)
                {
                    acc += c[k] * window[Taps - 1 + j - k];
                }

                peak = Math.Max(peak, Math.Abs(acc));
            }
        }

        return peak;
    }

    private static float[][] ToFloat(double[][] phases) =>
        [.. phases.Select(phase => phase.Select(v => (float)v).ToArray())];
}
