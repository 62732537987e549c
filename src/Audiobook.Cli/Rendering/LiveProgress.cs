using System.Globalization;
using Audiobook.Rendering.Progress;

namespace Audiobook.Cli.Rendering;

/// <summary>Shows render progress on standard error: a line redrawn in place on a terminal, a line every
/// 10 seconds when redirected (logs, CI), nothing with <c>--quiet</c>.</summary>
internal sealed class LiveProgress(TextWriter error, bool quiet, TimeProvider time) : IProgress<RenderProgress>, IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private long _lastDraw = long.MinValue;
    private RenderProgress? _last;
    private bool _drawn;

    public void Report(RenderProgress value)
    {
        if (quiet)
        {
            return;
        }

        lock (_lock)
        {
            _last = value;
            var now = time.GetTimestamp();
            var interval = _interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10);
            if (_lastDraw != long.MinValue && time.GetElapsedTime(_lastDraw, now) < interval)
            {
                return;
            }

            _lastDraw = now;
            Draw(value);
        }
    }

    private void Draw(RenderProgress p)
    {
        var eta = p.EstimatedRemaining is { } r ? Format(r) : "--:--";
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"chapters {p.ChaptersDone}/{p.ChaptersTotal}  segments {p.SegmentsDone}/{p.SegmentsTotal} ({p.SegmentsFromCache} cached)  "
            + $"chars {p.CharactersDone:N0}/{p.CharactersTotal:N0}  cost {p.CostSoFar:0.0000} {p.Currency}  elapsed {Format(p.Elapsed)}  eta {eta}"
            + $"{(p.Retries > 0 ? "  retries " + p.Retries.ToString(CultureInfo.InvariantCulture) : string.Empty)}");
        if (_interactive)
        {
            error.Write("\r" + line.PadRight(Math.Min(Console.BufferWidth - 1, 160)));
            _drawn = true;
        }
        else
        {
            error.WriteLine(line);
        }
    }

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            if (!quiet && _last is not null)
            {
                Draw(_last);
            }

            if (_drawn)
            {
                error.WriteLine();
                _drawn = false;
            }

            _last = null;
        }

        return ValueTask.CompletedTask;
    }
}
