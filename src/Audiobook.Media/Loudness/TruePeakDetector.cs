using System.Numerics;

namespace Audiobook.Media.Loudness;

/// <summary>True-peak detection per ITU-R BS.1770-4 Annex 2: 4x oversampling with the recommendation's 48-tap
/// polyphase FIR (12 taps per phase), then the largest absolute value. Blocks are computed across samples, one
/// <see cref="Vector{T}"/> of consecutive outputs per phase and tap, adding the taps in the same order as the scalar
/// filter, so the result is the same to the bit. The sample peak is included, so the result is never below it.</summary>
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

    // The last Taps - 1 inputs (oldest first) followed by the block being processed, so every window is contiguous.
    private float[] _window = new float[Taps - 1 + 4096];
    private readonly float[] _phasePeaks = new float[Phases];
    private float _samplePeak;

    /// <summary>The largest absolute value seen so far, as a linear amplitude (1.0 = full scale).</summary>
    public double Peak => Math.Max(Math.Max(Math.Max(_phasePeaks[0], _phasePeaks[1]), Math.Max(_phasePeaks[2], _phasePeaks[3])), _samplePeak);

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
        var samplePeak = _samplePeak;
        foreach (var x in block)
        {
            samplePeak = Math.Max(samplePeak, Math.Abs(x));
        }

        _samplePeak = samplePeak;
        for (var p = 0; p < Phases; p++)
        {
            _phasePeaks[p] = PhasePeak(Coefficients[p], _window.AsSpan(0, history + block.Length), _phasePeaks[p]);
        }

        // Keep the newest Taps - 1 inputs as the history of the next block.
        _window.AsSpan(block.Length, history).CopyTo(_window);
    }

    /// <summary>The largest |output| of one phase over the block, where output j = sum over k of c[k] * window[Taps - 1 + j - k].</summary>
    private static float PhasePeak(float[] c, ReadOnlySpan<float> window, float peak)
    {
        var outputs = window.Length - (Taps - 1);
        var j = 0;
        if (Vector.IsHardwareAccelerated && outputs >= Vector<float>.Count)
        {
            var peaks = Vector<float>.Zero;
            var width = Vector<float>.Count;
            for (; j <= outputs - width; j += width)
            {
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
        }

        for (; j < outputs; j++)
        {
            var acc = 0f;
            for (var k = 0; k < Taps; k++)
            {
                acc += c[k] * window[Taps - 1 + j - k];
            }

            peak = Math.Max(peak, Math.Abs(acc));
        }

        return peak;
    }

    private static float[][] ToFloat(double[][] phases) =>
        [.. phases.Select(phase => phase.Select(v => (float)v).ToArray())];
}
