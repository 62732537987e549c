namespace Audiobook.TtsServer.Tests.TestSupport;

/// <summary>Keeps every core busy with spinning threads until disposed, so pipes deliver in odd pieces and tasks interleave differently.</summary>
internal sealed class CpuBurner : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread[] _threads;
    private long _iterations;

    public CpuBurner(int? threads = null)
    {
        _threads = [.. Enumerable.Range(0, threads ?? Environment.ProcessorCount).Select(_ => new Thread(Spin) { IsBackground = true })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <summary>Busy-loop iterations done so far (proof that the burner ran).</summary>
    public long Iterations => Interlocked.Read(ref _iterations);

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _stop.Dispose();
    }

    private void Spin()
    {
        var token = _stop.Token;
        var x = 1.0;
        while (!token.IsCancellationRequested)
        {
            for (var i = 0; i < 100_000; i++)
            {
                x = Math.Sqrt(x + i);
            }

            Interlocked.Increment(ref _iterations);
        }

        GC.KeepAlive(x);
    }
}
