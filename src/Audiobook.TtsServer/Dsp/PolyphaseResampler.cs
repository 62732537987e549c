using System.Collections.Concurrent;
using System.Runtime.Intrinsics;

namespace Audiobook.TtsServer.Dsp;

/// <summary>A streaming rational resampler for 16-bit mono PCM: upsample by L, low-pass with a Blackman-windowed sinc, keep every M-th
/// sample, computed per polyphase branch as one SIMD dot product over contiguous history (each branch zero-padded to whole 256-bit
/// vectors, so the product has no scalar tail), four outputs at a time, converted to s16 eight at a time. Output length is
/// ceil(input × out/in); the filter delay is compensated. Chosen over a per-response ffmpeg process: it is in-process and costs well
/// under 1% of real time.</summary>
internal sealed class PolyphaseResampler
{
    // Designing a filter costs ~25,000 sines and cosines, once per synthesis; a server sees a few rate pairs (espeak-ng's rate
    // times the session's speech rate, rounded to 50 Hz), so the designs are kept, read-only, up to a bound.
    private const int MaxCachedFilters = 64;
    private static readonly ConcurrentDictionary<(int Input, int Output), float[]> Filters = new();

    private readonly int _up;
    private readonly int _down;
    private readonly int _taps;
    // Taps per branch rounded up to whole vectors; the branch's coefficients first, zeros after.
    private readonly int _stride;
    private readonly float[] _filter;
    private readonly long _delay;
    private float[] _history;
    private int _historyCount;
    private long _historyStart;
    private long _inputCount;
    private long _outputIndex;
    private float[] _sums = [];

    public PolyphaseResampler(int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputRate, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputRate, 1000);
        InputRate = inputRate;
        OutputRate = outputRate;
        var gcd = Gcd(inputRate, outputRate);
        _up = outputRate / gcd;
        _down = inputRate / gcd;
        var narrower = Math.Min(inputRate, outputRate);
        // Pass 90% of the narrower Nyquist; a Blackman window needs ~5.5/length of transition band.
        _taps = Math.Max(16, (int)Math.Ceiling(5.5 * inputRate / (0.1 * narrower)));
        _stride = (_taps + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
        if (!Filters.TryGetValue((inputRate, outputRate), out var filter))
        {
            filter = DesignFilter(_up, _taps, _stride, 0.45 * narrower / ((double)inputRate * _up));
            if (Filters.Count < MaxCachedFilters)
            {
                Filters.TryAdd((inputRate, outputRate), filter);
            }
        }

        _filter = filter;

        _delay = (long)_taps * _up / 2;
        // The history starts with taps-1 zeros standing for the samples before the stream, so every dot product has full length.
        _history = new float[Math.Max(4096, _stride * 4)];
        _historyCount = _taps - 1;
        _historyStart = -(_taps - 1);
    }

    public int InputRate { get; }

    public int OutputRate { get; }

    /// <summary>Feeds input and returns the output samples that are now complete.</summary>
    public short[] Process(ReadOnlySpan<short> input)
    {
        if (InputRate == OutputRate)
        {
            return input.ToArray();
        }

        Append(input);
        _inputCount += input.Length;
        return Produce(_inputCount);
    }

    /// <summary>Ends the stream: returns the remaining output (the filter tail), so the total is ceil(input × out/in).</summary>
    public short[] Flush()
    {
        if (InputRate == OutputRate)
        {
            return [];
        }

        var total = (_inputCount * _up + _down - 1) / _down;
        var wanted = (int)Math.Max(0, total - _outputIndex);
        Append(new short[_taps + 1]);
        var tail = Produce(long.MaxValue);
        return tail.Length > wanted ? tail[..wanted] : tail;
    }

    private void Append(ReadOnlySpan<short> input)
    {
        // The padded dot product of the newest output reads up to stride - taps samples past the history; they meet zero coefficients.
        var needed = _historyCount + input.Length + (_stride - _taps);
        if (needed > _history.Length)
        {
            Array.Resize(ref _history, Math.Max(_history.Length * 2, needed));
        }

        for (var i = 0; i < input.Length; i++)
        {
            _history[_historyCount + i] = input[i];
        }

        _historyCount += input.Length;
    }

    /// <summary>Computes outputs whose newest input sample index is below <paramref name="available"/> and inside the history.</summary>
    private short[] Produce(long available)
    {
        var end = _historyStart + _historyCount;
        var limit = Math.Min(available, end);
        // Output n needs input index (n·M + delay)/L < limit.
        var last = limit * _up - _delay - 1;
        var count = last < 0 ? 0 : Math.Max(0, last / _down + 1 - _outputIndex);
        var output = new short[count];
        if (_sums.Length < count)
        {
            _sums = new float[Math.Max(count, _sums.Length * 2)];
        }

        var sums = _sums.AsSpan(0, (int)count);
        var history = _history.AsSpan(0, _historyCount + (_stride - _taps));
        Span<int> filterOffsets = stackalloc int[4];
        Span<int> historyOffsets = stackalloc int[4];
        // Output n reads input (n·M + delay)/L with phase (n·M + delay) mod L; both advance by whole steps, so they are carried
        // from one output to the next instead of dividing two 64-bit numbers per sample. Four outputs are summed at once.
        var position = _outputIndex * _down + _delay;
        var newest = position / _up;
        var phase = (int)(position % _up);
        var o = 0;
        for (; o + 4 <= count; o += 4)
        {
            for (var k = 0; k < 4; k++)
            {
                filterOffsets[k] = phase * _stride;
                historyOffsets[k] = (int)(newest - _taps + 1 - _historyStart);
                Advance(ref phase, ref newest);
            }

            VectorMath.DotPadded4(_filter, filterOffsets, history, historyOffsets, _stride, sums.Slice(o, 4));
        }

        for (; o < count; o++)
        {
            var start = (int)(newest - _taps + 1 - _historyStart);
            sums[o] = VectorMath.DotPadded(_filter.AsSpan(phase * _stride, _stride), history.Slice(start, _stride));
            Advance(ref phase, ref newest);
        }

        Pcm16.Clip(sums, output);
        _outputIndex += count;

        Trim();
        return output;
    }

    private void Advance(ref int phase, ref long newest)
    {
        phase += _down;
        while (phase >= _up)
        {
            phase -= _up;
            newest++;
        }
    }

    private void Trim()
    {
        var oldestNeeded = (_outputIndex * _down + _delay) / _up - _taps + 1;
        var drop = (int)Math.Clamp(oldestNeeded - _historyStart, 0, _historyCount);
        if (drop > 0)
        {
            Array.Copy(_history, drop, _history, 0, _historyCount - drop);
            _historyCount -= drop;
            _historyStart += drop;
        }
    }

    /// <summary>Polyphase branches of a windowed-sinc low-pass designed at the upsampled rate, each reversed (oldest sample first),
    /// normalized to sum to 1 and followed by zeros up to <paramref name="stride"/>.</summary>
    private static float[] DesignFilter(int up, int taps, int stride, double cutoff)
    {
        var length = up * taps;
        var prototype = new double[length];
        var center = (length - 1) / 2.0;
        for (var j = 0; j < length; j++)
        {
            var x = j - center;
            var sinc = x == 0 ? 2 * cutoff : Math.Sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            var window = 0.42 - 0.5 * Math.Cos(2 * Math.PI * j / (length - 1)) + 0.08 * Math.Cos(4 * Math.PI * j / (length - 1));
            prototype[j] = sinc * window;
        }

        var filter = new float[up * stride];
        for (var phase = 0; phase < up; phase++)
        {
            double sum = 0;
            for (var k = 0; k < taps; k++)
            {
                sum += prototype[phase + k * up];
            }

            for (var k = 0; k < taps; k++)
            {
                filter[phase * stride + (taps - 1 - k)] = (float)(prototype[phase + k * up] / sum);
            }
        }

        return filter;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
