namespace Audiobook.TtsServer.Synthesis;

/// <summary>An in-process synthesis counted as a running process (<see cref="ProcessTracker.TrackInProcess"/>); disposing it once ends it.</summary>
internal sealed class InProcessScope(ServerStatistics statistics) : IDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            statistics.ProcessEnded();
        }
    }
}
