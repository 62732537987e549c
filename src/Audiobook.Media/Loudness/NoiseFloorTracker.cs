namespace Audiobook.Media.Loudness;

/// <summary>Tracks the quietest 500 ms of a stream: sums of squares over 50 ms windows, and the smallest sum over
/// 10 consecutive windows. Constant memory, so a whole book can stream through.</summary>
internal sealed class NoiseFloorTracker
{
    private const int WindowsPerSpan = 10;
    private readonly int _windowFrames;
    private readonly double[] _recent = new double[WindowsPerSpan];
    private double _current;
    private int _inCurrent;
    private long _completedWindows;
    private double _spanSum;
    private double _minimumSpanMeanSquare = double.PositiveInfinity;

    public NoiseFloorTracker(int sampleRate)
    {
        _windowFrames = Math.Max(1, (int)Math.Round(sampleRate * 0.05));
    }

    public void Add(double square)
    {
        _current += square;
        if (++_inCurrent < _windowFrames)
        {
            return;
        }

        var slot = (int)(_completedWindows % WindowsPerSpan);
        _spanSum += _current - _recent[slot];
        _recent[slot] = _current;
        _completedWindows++;
        _current = 0;
        _inCurrent = 0;
        if (_completedWindows >= WindowsPerSpan)
        {
            // Recompute now and then: a running sum of doubles drifts after millions of additions and removals.
            if (slot == 0)
            {
                _spanSum = _recent.Sum();
            }

            _minimumSpanMeanSquare = Math.Min(_minimumSpanMeanSquare, Math.Max(0, _spanSum) / (WindowsPerSpan * (double)_windowFrames));
        }
    }

    /// <summary>Mean square of the quietest 500 ms, or null when less than 500 ms was seen.</summary>
    public double? QuietestMeanSquare => _completedWindows >= WindowsPerSpan ? _minimumSpanMeanSquare : null;
}
