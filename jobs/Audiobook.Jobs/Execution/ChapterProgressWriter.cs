using Audiobook.Jobs.Ledger;
using Audiobook.Rendering.Progress;

namespace Audiobook.Jobs.Execution;

/// <summary>Persists a running chapter's progress: keeps the latest snapshot the render graph reports and writes it
/// (with the heartbeat) in one UPDATE every interval, whether or not it changed. When the row says the chapter is no
/// longer ours or the render stopped (cancelled, failed elsewhere), it cancels <see cref="Stopped"/>.</summary>
internal sealed class ChapterProgressWriter : IProgress<RenderProgress>, IAsyncDisposable
{
    private readonly ChapterLedger _ledger;
    private readonly Guid _renderId;
    private readonly int _number;
    private readonly string _worker;
    private readonly CancellationTokenSource _stopped = new();
    private readonly CancellationTokenSource _loopStop = new();
    private readonly Task _loop;
    private RenderProgress? _latest;
    private int _disposed;
    private bool _wasStopped;

    public ChapterProgressWriter(ChapterLedger ledger, Guid renderId, int number, string worker, TimeSpan interval, TimeProvider time)
    {
        _ledger = ledger;
        _renderId = renderId;
        _number = number;
        _worker = worker;
        _loop = RunAsync(interval, time);
    }

    /// <summary>Cancelled when the chapter must stop because of what the database says.</summary>
    public CancellationToken Stopped => _stopped.Token;

    /// <summary>True once <see cref="Stopped"/> fired (readable after disposal).</summary>
    public bool WasStopped => Volatile.Read(ref _wasStopped);

    /// <summary>Progress writes that succeeded (for metrics and the benchmark).</summary>
    public int Writes { get; private set; }

    public void Report(RenderProgress value) => Volatile.Write(ref _latest, value);

    private async Task RunAsync(TimeSpan interval, TimeProvider time)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_loopStop.Token).ConfigureAwait(false))
            {
                var snapshot = Volatile.Read(ref _latest);
                bool owned;
                try
                {
                    owned = await _ledger.ReportProgressAsync(
                        _renderId, _number, _worker, snapshot?.SegmentsDone ?? 0, snapshot?.CharactersDone ?? 0, snapshot?.BilledCharacters ?? 0,
                        _loopStop.Token).ConfigureAwait(false);
                    Writes++;
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
                {
                    // The database is briefly away (a restart): keep rendering; the next tick tries again.
                    continue;
                }

                if (!owned)
                {
                    Volatile.Write(ref _wasStopped, true);
                    await _stopped.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_loopStop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _loopStop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _loopStop.Dispose();
        _stopped.Dispose();
    }
}
