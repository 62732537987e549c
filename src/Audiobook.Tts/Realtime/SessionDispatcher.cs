using System.Net.WebSockets;
using Audiobook.Tts.Protocol;

namespace Audiobook.Tts.Realtime;

/// <summary>Routes the server events of one connection to the operations waiting for them: session events here, responses through
/// <see cref="ResponseRouter"/>. Called by the receive loop and by API methods; state is guarded by one lock.</summary>
internal sealed class SessionDispatcher(TimeProvider time, string? apiKey)
{
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource<SessionConfig>> _updates = new();
    private readonly Queue<TaskCompletionSource<bool>> _clears = new();
    private readonly HashSet<string> _harmlessEventIds = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<SessionConfig> _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SessionConfig _session = new();
    private TtsException? _failure;
    private bool _finishRequested;
    private bool _sessionFinished;
    private long _lastActivity = time.GetTimestamp();

    public ResponseRouter Responses { get; } = new(time);

    public Task<SessionConfig> Created => _created.Task;

    public SessionConfig Session
    {
        get { lock (_gate) { return _session; } }
    }

    public TtsException? Failure
    {
        get { lock (_gate) { return _failure; } }
    }

    public bool IsFinished
    {
        get { lock (_gate) { return _sessionFinished; } }
    }

    /// <summary>Marks activity now, so the response timeout counts from the moment work was handed to the server.</summary>
    public void Touch()
    {
        lock (_gate)
        {
            ThrowIfFailed();
            _lastActivity = time.GetTimestamp();
        }
    }

    public Task<SessionConfig> ExpectUpdate() => Enqueue(_updates);

    /// <summary>An <c>error</c> that names this client event (<c>error.event_id</c>) does not end the session: used for
    /// <c>response.cancel</c>, which races with the end of the response it targets.</summary>
    public void TolerateErrorFor(string clientEventId)
    {
        lock (_gate)
        {
            _harmlessEventIds.Add(clientEventId);
        }
    }

    public Task ExpectClear() => Enqueue(_clears);

    public Task ExpectFinish()
    {
        lock (_gate)
        {
            ThrowIfFailed();
            _finishRequested = true;
            _lastActivity = time.GetTimestamp();
            return _finished.Task;
        }
    }

    /// <summary>Handles one complete text frame.</summary>
    /// <exception cref="System.Text.Json.JsonException">The frame is malformed.</exception>
    public void Receive(ReadOnlySpan<byte> utf8Json)
    {
        lock (_gate)
        {
            _lastActivity = time.GetTimestamp();
        }

        if (AudioDeltaReader.TryRead(utf8Json, Responses.CurrentWantsPooled, out var responseId, out var chunk))
        {
            Responses.OnAudio(responseId, chunk);
            return;
        }

        switch (ProtocolJson.Parse(utf8Json))
        {
            case SessionCreatedEvent created:
                lock (_gate) { _session = created.Session; }
                _created.TrySetResult(created.Session);
                break;
            case SessionUpdatedEvent updated:
                Complete(_updates, updated.Session, s => _session = s);
                break;
            case InputTextBufferClearedEvent:
                Complete(_clears, true, null);
                break;
            case ResponseCreatedEvent responseCreated:
                Responses.OnCreated(responseCreated.Response.Id);
                break;
            case ResponseDoneEvent responseDone:
                Responses.OnDone(responseDone.Response);
                break;
            case SessionFinishedEvent:
                lock (_gate) { _sessionFinished = true; }
                Responses.OnFinished();
                _finished.TrySetResult();
                break;
            case ErrorEvent error when !IsHarmless(error):
                Fail(TtsErrors.FromErrorEvent(error, apiKey));
                break;
            default:
                // committed, output_item/content_part events and unknown events carry nothing we need (§4; tolerant reader).
                break;
        }
    }

    /// <summary>Fails every waiting operation with <paramref name="exception"/>; the first failure wins.</summary>
    public void Fail(TtsException exception)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                return;
            }

            _failure = exception;
            while (_updates.TryDequeue(out var update))
            {
                update.TrySetException(exception);
            }

            while (_clears.TryDequeue(out var clear))
            {
                clear.TrySetException(exception);
            }

            _created.TrySetException(exception);
            if (_finishRequested && !_sessionFinished)
            {
                _finished.TrySetException(exception);
            }
        }

        Responses.Fail(exception);
    }

    public void OnConnectionClosed(WebSocketCloseStatus? status, string? description)
    {
        if (!IsFinished)
        {
            Fail(TtsErrors.ClosedByServer(status, description));
        }
    }

    /// <summary>Fails the session when work is pending and the server has been silent for <paramref name="timeout"/>.</summary>
    public bool CheckTimeout(TimeSpan timeout)
    {
        lock (_gate)
        {
            var pending = _updates.Count > 0 || _clears.Count > 0 || !_created.Task.IsCompleted
                || (_finishRequested && !_sessionFinished) || Responses.HasPendingWork;
            if (_failure is not null || _sessionFinished || !pending || time.GetElapsedTime(_lastActivity) < timeout)
            {
                return false;
            }
        }

        Fail(TtsErrors.ResponseTimeout(timeout));
        return true;
    }

    private bool IsHarmless(ErrorEvent error)
    {
        lock (_gate)
        {
            return error.Error.EventId is { } cause && _harmlessEventIds.Remove(cause);
        }
    }

    private Task<T> Enqueue<T>(Queue<TaskCompletionSource<T>> queue)
    {
        var waiter = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            ThrowIfFailed();
            queue.Enqueue(waiter);
            _lastActivity = time.GetTimestamp();
        }

        return waiter.Task;
    }

    private void Complete<T>(Queue<TaskCompletionSource<T>> queue, T value, Action<T>? apply)
    {
        TaskCompletionSource<T>? waiter;
        lock (_gate)
        {
            apply?.Invoke(value);
            waiter = queue.TryDequeue(out var next) ? next : null;
        }

        waiter?.TrySetResult(value);
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw TtsErrors.SessionUnusable(_failure);
        }
    }
}
