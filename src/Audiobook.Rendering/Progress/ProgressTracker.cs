using Audiobook.Core.Costs;
using Audiobook.Rendering.Delivery;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.Progress;

/// <summary>Counts work as the graph reports it and publishes <see cref="RenderProgress"/> snapshots.
/// The remaining time is extrapolated from characters synthesized (not from cache hits) so far.</summary>
internal sealed class ProgressTracker(
    IProgress<RenderProgress>? sink,
    TimeProvider time,
    int chaptersTotal,
    int segmentsTotal,
    long charactersTotal,
    decimal pricePer10k,
    string currency)
{
    private readonly Lock _lock = new();
    private readonly long _started = time.GetTimestamp();
    private int _chaptersDone;
    private int _segmentsDone;
    private int _fromCache;
    private long _charactersDone;
    private long _synthesizedCharacters;
    private long _billed;
    private int _retries;
    private string? _current;

    public long BilledCharacters
    {
        get
        {
            lock (_lock)
            {
                return _billed;
            }
        }
    }

    public void SegmentDone(SegmentAudio audio)
    {
        var characters = BillingCounter.Count(audio.Work.Segment.Text);
        lock (_lock)
        {
            _segmentsDone++;
            _charactersDone += characters;
            _billed += audio.BilledCharacters;
            _retries += audio.Retries;
            _current = audio.Work.Chapter.Chapter.Title;
            if (audio.FromCache)
            {
                _fromCache++;
            }
            else
            {
                _synthesizedCharacters += characters;
            }
        }

        Publish();
    }

    public void ChapterDone(ChapterState state)
    {
        lock (_lock)
        {
            _chaptersDone++;
        }

        Publish();
    }

    public RenderProgress Snapshot()
    {
        lock (_lock)
        {
            var elapsed = time.GetElapsedTime(_started);
            TimeSpan? remaining = null;
            var left = charactersTotal - _charactersDone;
            if (_synthesizedCharacters > 0 && left > 0)
            {
                remaining = TimeSpan.FromSeconds(elapsed.TotalSeconds / _synthesizedCharacters * left);
            }
            else if (left <= 0)
            {
                remaining = TimeSpan.Zero;
            }

            return new RenderProgress(
                chaptersTotal, _chaptersDone, segmentsTotal, _segmentsDone, _fromCache, charactersTotal, _charactersDone,
                _billed, _billed * pricePer10k / 10_000m, currency, elapsed, remaining, _current, _retries);
        }
    }

    private void Publish() => sink?.Report(Snapshot());
}
