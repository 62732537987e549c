namespace Audiobook.TtsServer;

/// <summary>The live per-model counters behind <see cref="ModelStatistics"/>.</summary>
internal sealed class ModelCounters
{
    private long _requests;
    private long _connections;
    private long _responses;
    private long _throttled;

    public void Requested() => Interlocked.Increment(ref _requests);

    public void Connected() => Interlocked.Increment(ref _connections);

    public void ResponseStarted() => Interlocked.Increment(ref _responses);

    public void Throttled() => Interlocked.Increment(ref _throttled);

    public ModelStatistics Snapshot() => new(
        Interlocked.Read(ref _requests), Interlocked.Read(ref _connections), Interlocked.Read(ref _responses), Interlocked.Read(ref _throttled));
}
