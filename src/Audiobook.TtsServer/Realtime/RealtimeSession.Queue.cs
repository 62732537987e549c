using System.Net.WebSockets;
using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>The response worker and the idle watchdog of <see cref="RealtimeSession"/>.</summary>
internal sealed partial class RealtimeSession
{
    private async Task ProcessQueueAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ProcessJobsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not leave the client waiting on a half-dead session.
            Log.SessionFailed(_services.Logger, exception, _settings.Id);
            Abort();
        }
    }

    private async Task ProcessJobsAsync(CancellationToken cancellationToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (job.Finish)
            {
                await _writer.SendAsync(new SessionFinishedEvent(), cancellationToken).ConfigureAwait(false);
                if (_services.Options.CloseAfterFinish)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "session finished", cancelWork: false).ConfigureAwait(false);
                    return;
                }

                lock (_gate)
                {
                    // Connection reuse (CloseAfterFinish=false): the next session.update starts a new session on this socket.
                    _started = false;
                    _finishing = false;
                    _lastTaskTimestamp = _services.Time.GetTimestamp();
                }

                continue;
            }

            if (job.Committed)
            {
                await _writer.SendAsync(new InputTextBufferCommittedEvent { ItemId = "" }, cancellationToken).ConfigureAwait(false);
            }

            if (job.Text is null)
            {
                continue;
            }

            if (!await RunResponseAsync(job.Text, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Runs one response; false when the session must end.</summary>
    private async Task<bool> RunResponseAsync(string text, CancellationToken cancellationToken)
    {
        using var response = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        SessionSettings settings;
        lock (_gate)
        {
            _currentResponse = response;
            settings = _settings;
            _lastTaskTimestamp = _services.Time.GetTimestamp();
        }

        ResponseOutcome outcome;
        try
        {
            outcome = await _runner.RunAsync(text, settings, _model, cancellationToken, response.Token).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _currentResponse = null;
                _pendingResponses--;
                _lastTaskTimestamp = _services.Time.GetTimestamp();
            }
        }

        switch (outcome)
        {
            case ResponseOutcome.VoiceRejected:
                await CloseWithErrorAsync(ServerErrors.VoiceNotSupported(settings.Voice), WebSocketCloseStatus.InvalidPayloadData).ConfigureAwait(false);
                return false;
            case ResponseOutcome.Throttled:
                await CloseWithErrorAsync(ServerErrors.RateQuota(), WebSocketCloseStatus.PolicyViolation).ConfigureAwait(false);
                return false;
            case ResponseOutcome.Failed:
                Log.SessionError(_services.Logger, settings.Id, "server_error", (int)WebSocketCloseStatus.InternalServerError);
                await CloseAsync(WebSocketCloseStatus.InternalServerError, "internal error", cancelWork: true).ConfigureAwait(false);
                return false;
            case ResponseOutcome.ConnectionDropped:
                Log.FaultInjected(_services.Logger, "DropConnection", settings.Id);
                return false;
            case ResponseOutcome.SessionEnded:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Closes the connection (1000, reason "idle timeout") when no response has started within IdleTimeout of the connection
    /// opening or of the last response ending (docs/qwen-tts-protocol.md §1.4).</summary>
    private async Task WatchIdleAsync(CancellationToken cancellationToken)
    {
        var timeout = _services.Options.IdleTimeout;
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var busy = _pendingResponses > 0 || _finishing;
                var idle = _services.Time.GetElapsedTime(_lastTaskTimestamp);
                if (!busy && idle >= timeout)
                {
                    break;
                }

                wait = busy ? timeout : timeout - idle;
            }

            await Task.Delay(wait, _services.Time, cancellationToken).ConfigureAwait(false);
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            await CloseAsync(WebSocketCloseStatus.NormalClosure, "idle timeout", cancelWork: true).ConfigureAwait(false);
        }
    }
}
