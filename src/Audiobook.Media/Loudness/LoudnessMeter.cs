using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Audiobook.Media.Loudness;

/// <summary>A streaming loudness meter for mono s16 PCM (ITU-R BS.1770-4 / EBU R128): integrated loudness with
/// 400 ms blocks overlapping by 75 % and the absolute (-70 LUFS) and relative (-10 LU) gates; true peak by 4x
/// oversampling; unweighted RMS; the ACX-style noise floor; and the loudness range. Feed it samples in chunks of
/// any size as they are written; <see cref="GetReport"/> can be called at any point. Not thread-safe.</summary>
public sealed class LoudnessMeter
{
    private const double FullScale = 32768.0;
    private const int SubBlocksPerBlock = 4;
    private const int SubBlocksPerShortTerm = 30;
    private const int BlockFrames = 4096;

    private readonly KWeightingFilter _filter;
    private readonly TruePeakDetector _truePeak = new();
    private readonly NoiseFloorTracker _noiseFloor;
    private readonly int _subBlockFrames;
    private readonly double[] _recentSubBlocks = new double[SubBlocksPerShortTerm];
    private readonly List<double> _blocks = [];
    private readonly List<double> _shortTerm = [];
    private double _subBlockSum;
    private int _inSubBlock;
    private long _completedSubBlocks;
    private double _sumOfSquares;
    private long _frames;
    private byte? _pendingByte;
    private readonly int _peakWindowFrames;
    private readonly double[] _peakEnergy = new double[PeakEnergyHistogram.BinCount];
    private double _windowPeak;
    private double _windowEnergy;
    private int _inPeakWindow;
    private readonly double[] _samples = new double[BlockFrames];
    private readonly double[] _weighted = new double[BlockFrames];
    private readonly float[] _floats = new float[BlockFrames];

    /// <summary>Creates a meter for mono audio at <paramref name="sampleRate"/> Hz.</summary>
    public LoudnessMeter(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sampleRate, 0);
        SampleRate = sampleRate;
        _filter = new KWeightingFilter(sampleRate);
        _noiseFloor = new NoiseFloorTracker(sampleRate);
        // 100 ms: the hop between 400 ms gating blocks and between 3 s short-term blocks.
        _subBlockFrames = Math.Max(1, (int)Math.Round(sampleRate / 10.0));
        _peakWindowFrames = Math.Max(1, (int)Math.Round(sampleRate / 50.0));
    }

    public int SampleRate { get; }

    /// <summary>Samples measured so far.</summary>
    public long Frames => _frames;

    public void Add(ReadOnlySpan<short> samples)
    {
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, BlockFrames);
            for (var i = 0; i < count; i++)
            {
                _samples[i] = samples[i] / FullScale;
            }

            AddBlock(count);
            samples = samples[count..];
        }
    }

    /// <summary>Adds s16le bytes. A chunk may end mid-sample: the odd byte is kept for the next call.</summary>
    public void Add(ReadOnlySpan<byte> s16le)
    {
        if (s16le.IsEmpty)
        {
            return;
        }

        if (_pendingByte is { } low)
        {
            Add([(short)(low | (s16le[0] << 8))]);
            _pendingByte = null;
            s16le = s16le[1..];
        }

        var whole = s16le.Length & ~1;
        if (BitConverter.IsLittleEndian)
        {
            Add(MemoryMarshal.Cast<byte, short>(s16le[..whole]));
        }
        else
        {
            for (var i = 0; i < whole; i += 2)
            {
                Add([BinaryPrimitives.ReadInt16LittleEndian(s16le.Slice(i, 2))]);
            }
        }

        if (whole < s16le.Length)
        {
            _pendingByte = s16le[whole];
        }
    }

    public LoudnessReport GetReport()
    {
        var rms = _frames == 0 ? 0 : _sumOfSquares / _frames;
        var floor = _noiseFloor.QuietestMeanSquare ?? rms;
        return new LoudnessReport(
            LoudnessReport.Clamp(GatedLoudness.Integrated(_blocks)),
            LoudnessReport.Clamp(ToDb(_truePeak.Peak)),
            LoudnessReport.Clamp(PowerToDb(rms)),
            LoudnessReport.Clamp(PowerToDb(floor)),
            GatedLoudness.Range(_shortTerm),
            TimeSpan.FromTicks((long)Math.Round(_frames * (double)TimeSpan.TicksPerSecond / SampleRate)))
        {
            Peaks = new PeakEnergyHistogram((double[])_peakEnergy.Clone()),
        };
    }

    /// <summary>Measures the first <paramref name="count"/> samples of <c>_samples</c> (already scaled to +-1). Each stage runs over
    /// the whole block (the true-peak filter vectorized across samples, the K-weighting with its state in registers) and
    /// the per-sample bookkeeping follows in one loop; the arithmetic and its order are those of a sample-by-sample meter.</summary>
    private void AddBlock(int count)
    {
        var x = _samples.AsSpan(0, count);
        var k = _weighted.AsSpan(0, count);
        var floats = _floats.AsSpan(0, count);
        for (var f = 0; f < count; f++)
        {
            floats[f] = (float)x[f];
        }

        _truePeak.Process(floats);
        x.CopyTo(k);
        _filter.ProcessInPlace(k);
        var i = 0;
        while (i < count)
        {
            // Run to the next 20 ms peak window or 100 ms sub-block boundary with the sums in registers.
            var run = Math.Min(count - i, Math.Min(_peakWindowFrames - _inPeakWindow, _subBlockFrames - _inSubBlock));
            var (sumOfSquares, subBlockSum, windowPeak, windowEnergy) = (_sumOfSquares, _subBlockSum, _windowPeak, _windowEnergy);
            for (var end = i + run; i < end; i++)
            {
                var sample = x[i];
                var square = sample * sample;
                sumOfSquares += square;
                _noiseFloor.Add(square);
                var kSquare = k[i] * k[i];
                subBlockSum += kSquare;
                windowPeak = Math.Max(windowPeak, Math.Abs(sample));
                windowEnergy += kSquare;
            }

            (_sumOfSquares, _subBlockSum, _windowPeak, _windowEnergy) = (sumOfSquares, subBlockSum, windowPeak, windowEnergy);
            _inPeakWindow += run;
            _inSubBlock += run;
            if (_inPeakWindow == _peakWindowFrames)
            {
                _peakEnergy[PeakEnergyHistogram.BinOf(ToDb(_windowPeak))] += _windowEnergy;
                _windowPeak = 0;
                _windowEnergy = 0;
                _inPeakWindow = 0;
            }

            if (_inSubBlock == _subBlockFrames)
            {
                CompleteSubBlock();
            }
        }

        _frames += count;
    }

    private void CompleteSubBlock()
    {
        _recentSubBlocks[(int)(_completedSubBlocks % SubBlocksPerShortTerm)] = _subBlockSum;
        _completedSubBlocks++;
        _subBlockSum = 0;
        _inSubBlock = 0;
        if (_completedSubBlocks >= SubBlocksPerBlock)
        {
            _blocks.Add(SumOfLast(SubBlocksPerBlock) / (SubBlocksPerBlock * (double)_subBlockFrames));
        }

        if (_completedSubBlocks >= SubBlocksPerShortTerm)
        {
            _shortTerm.Add(SumOfLast(SubBlocksPerShortTerm) / (SubBlocksPerShortTerm * (double)_subBlockFrames));
        }
    }

    private double SumOfLast(int count)
    {
        var sum = 0.0;
        for (var i = 1; i <= count; i++)
        {
            sum += _recentSubBlocks[(int)((_completedSubBlocks - i) % SubBlocksPerShortTerm)];
        }

        return sum;
    }

    private static double ToDb(double amplitude) => amplitude > 0 ? 20.0 * Math.Log10(amplitude) : double.NegativeInfinity;

    private static double PowerToDb(double meanSquare) => meanSquare > 0 ? 10.0 * Math.Log10(meanSquare) : double.NegativeInfinity;
}
