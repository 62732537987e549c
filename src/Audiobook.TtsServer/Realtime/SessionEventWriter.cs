using System.Net.WebSockets;
using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>The only writer of a session's socket: one frame at a time, server event ids filled in, nothing after the close frame.</summary>
internal sealed class SessionEventWriter(WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _closeSent;

    public bool CloseSent => Volatile.Read(ref _closeSent);

    /// <summary>Sends one event as a text frame; false if the socket is closing or gone.</summary>
    public async Task<bool> SendAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(realtimeEvent);
        var stamped = string.IsNullOrEmpty(realtimeEvent.EventId) ? realtimeEvent with { EventId = WireIds.Event() } : realtimeEvent;
        var payload = ProtocolJson.Serialize(stamped);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closeSent || socket.State != WebSocketState.Open)
            {
                return false;
            }

            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (WebSocketException)
        {
            return false;
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task<bool> SendErrorAsync(ErrorInfo error, CancellationToken cancellationToken) =>
        SendAsync(new ErrorEvent { Error = error }, cancellationToken);

    /// <summary>Sends the close frame once (later calls do nothing); the receive loop then waits for the client's close.</summary>
    public async Task<bool> CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closeSent)
            {
                return false;
            }

            _closeSent = true;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (WebSocketException)
        {
            return false;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
