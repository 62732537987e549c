using System.Collections.Concurrent;
using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer;

/// <summary>Live counters of a running server (thread-safe reads), for tests, benchmarks and operators (<c>GET /stats</c>).</summary>
public sealed class ServerStatistics
{
    private readonly ConcurrentDictionary<string, ModelCounters> _models = new(StringComparer.Ordinal);
    private long _connections;
    private long _activeConnections;
    private long _unauthorized;
    private long _responses;
    private long _responsesCompleted;
    private long _responsesCancelled;
    private long _responsesFailed;
    private long _charactersBilled;
    private long _tokensBilled;
    private long _throttled;
    private long _faultsInjected;
    private long _processesStarted;
    private long _processesRunning;
    private long _audioBytesSent;

    /// <summary>WebSocket sessions accepted.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>WebSocket sessions currently open.</summary>
    public long ActiveConnections => Interlocked.Read(ref _activeConnections);

    /// <summary>Requests refused with HTTP 401.</summary>
    public long Unauthorized => Interlocked.Read(ref _unauthorized);

    /// <summary>Responses started (<c>response.created</c> sent).</summary>
    public long Responses => Interlocked.Read(ref _responses);

    public long ResponsesCompleted => Interlocked.Read(ref _responsesCompleted);

    public long ResponsesCancelled => Interlocked.Read(ref _responsesCancelled);

    /// <summary>Responses that ended with an error event or a dropped connection.</summary>
    public long ResponsesFailed => Interlocked.Read(ref _responsesFailed);

    /// <summary>Sum of <c>usage.characters</c> over all responses of character-billed models.</summary>
    public long CharactersBilled => Interlocked.Read(ref _charactersBilled);

    /// <summary>Sum of <c>usage.total_tokens</c> over all responses of token-billed models.</summary>
    public long TokensBilled => Interlocked.Read(ref _tokensBilled);

    /// <summary>Requests refused by the rate limiter (HTTP 429 or a <c>Throttling.RateQuota</c> error event), injected throttles included.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Faults injected: throttled handshakes, dropped connections, error events and delayed responses (<see cref="FaultInjectionOptions.AddedLatency"/>).</summary>
    public long FaultsInjected => Interlocked.Read(ref _faultsInjected);

    /// <summary>espeak-ng and ffmpeg processes started.</summary>
    public long ProcessesStarted => Interlocked.Read(ref _processesStarted);

    /// <summary>espeak-ng and ffmpeg processes not yet reaped (0 when idle: nothing leaks after cancels and disconnects).</summary>
    public long ProcessesRunning => Interlocked.Read(ref _processesRunning);

    /// <summary>Decoded audio bytes sent in <c>response.audio.delta</c> events.</summary>
    public long AudioBytesSent => Interlocked.Read(ref _audioBytesSent);

    /// <summary>The counters at this moment, per model included.</summary>
    public ServerStatisticsSnapshot Snapshot() => new()
    {
        ConnectionsOpen = ActiveConnections,
        ConnectionsTotal = Connections,
        Unauthorized = Unauthorized,
        ResponsesStarted = Responses,
        ResponsesCompleted = ResponsesCompleted,
        ResponsesCancelled = ResponsesCancelled,
        ResponsesFailed = ResponsesFailed,
        BilledCharacters = CharactersBilled,
        BilledTokens = TokensBilled,
        Throttled = Throttled,
        FaultsInjected = FaultsInjected,
        ProcessesRunning = ProcessesRunning,
        ProcessesStarted = ProcessesStarted,
        AudioBytesSent = AudioBytesSent,
        Models = new SortedDictionary<string, ModelStatistics>(_models.ToDictionary(m => m.Key, m => m.Value.Snapshot(), StringComparer.Ordinal), StringComparer.Ordinal),
    };

    /// <summary>A handshake or customization call that names <paramref name="model"/>.</summary>
    internal void Requested(string model) => For(model)?.Requested();

    internal void ConnectionOpened(string model)
    {
        Interlocked.Increment(ref _connections);
        Interlocked.Increment(ref _activeConnections);
        For(model)?.Connected();
    }

    internal void ConnectionClosed() => Interlocked.Decrement(ref _activeConnections);

    internal void UnauthorizedRequest() => Interlocked.Increment(ref _unauthorized);

    internal void ResponseStarted(string model)
    {
        Interlocked.Increment(ref _responses);
        For(model)?.ResponseStarted();
    }

    internal void ResponseCompleted() => Interlocked.Increment(ref _responsesCompleted);

    internal void ResponseCancelled() => Interlocked.Increment(ref _responsesCancelled);

    internal void ResponseFailed() => Interlocked.Increment(ref _responsesFailed);

    internal void Billed(int characters, int tokens)
    {
        Interlocked.Add(ref _charactersBilled, characters);
        Interlocked.Add(ref _tokensBilled, tokens);
    }

    internal void ThrottledRequest(string model)
    {
        Interlocked.Increment(ref _throttled);
        For(model)?.Throttled();
    }

    internal void FaultInjected() => Interlocked.Increment(ref _faultsInjected);

    internal void ProcessStarted()
    {
        Interlocked.Increment(ref _processesStarted);
        Interlocked.Increment(ref _processesRunning);
    }

    internal void ProcessEnded() => Interlocked.Decrement(ref _processesRunning);

    internal void AudioSent(int bytes) => Interlocked.Add(ref _audioBytesSent, bytes);

    // Only catalog models get a row: a client that sends made-up model names cannot grow the table without bound.
    private ModelCounters? For(string model) =>
        TtsModelCatalog.Find(model) is null ? null : _models.GetOrAdd(model, static _ => new ModelCounters());
}
