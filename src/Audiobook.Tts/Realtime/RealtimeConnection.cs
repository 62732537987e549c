using System.Net.WebSockets;
using System.Text.Json;

namespace Audiobook.Tts.Realtime;

/// <summary>The socket side of a <see cref="RealtimeSession"/>: one background receive loop that assembles frames into messages and
/// hands them to the <see cref="SessionDispatcher"/>, serialized sends, a response-timeout watchdog, and closing.</summary>
internal sealed class RealtimeConnection : IAsyncDisposable
{
    private const int ReceiveChunk = 16 * 1024;
    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly TimeSpan _responseTimeout;
    private readonly TimeSpan _closeTimeout;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly ITimer _watchdog;
    private Task _receiveLoop = Task.CompletedTask;
    private int _closeSent;
    private int _disposed;

    public RealtimeConnection(WebSocket socket, SessionDispatcher dispatcher, TtsClientOptions options, TimeProvider time)
    {
        _socket = socket;
        Dispatcher = dispatcher;
        _time = time;
        _responseTimeout = options.ResponseTimeout;
        _closeTimeout = options.ConnectTimeout;
        var period = TimeSpan.FromTicks(Math.Clamp(options.ResponseTimeout.Ticks / 10, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _watchdog = time.CreateTimer(static state => ((RealtimeConnection)state!).CheckTimeout(), this, period, period);
    }

    public SessionDispatcher Dispatcher { get; }

    public bool IsSocketOpen => _socket.State == WebSocketState.Open && Volatile.Read(ref _disposed) == 0;

    public void Start() => _receiveLoop = Task.Run(ReceiveLoopAsync);

    /// <summary>Sends <paramref name="frames"/> back to back under the send lock; <paramref name="beforeSend"/> runs under the same lock
    /// first (to register what the frames will be answered with, in send order).</summary>
    public async Task SendAsync(IReadOnlyList<byte[]> frames, Action? beforeSend, CancellationToken cancellationToken)
    {
        ThrowIfUnusable();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfUnusable();
            beforeSend?.Invoke();
            foreach (var frame in frames)
            {
                await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Abort("an operation was cancelled");
            throw;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            var failure = Dispatcher.Failure ?? TtsErrors.ConnectionClosed("while sending", ex);
            Dispatcher.Fail(failure);
            throw TtsErrors.SessionUnusable(failure);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Awaits a pending operation; cancellation makes the session unusable (the server cannot be told to forget it).</summary>
    public async Task<T> AwaitAsync<T>(Task<T> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Abort("an operation was cancelled");
            throw;
        }
    }

    /// <summary>Closes our side and waits for the server's close; aborts if it does not come within the connect timeout.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        await SendCloseAsync("bye", cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(_closeTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _receiveLoop.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _socket.Abort();
        }
    }

    public void Abort(string reason)
    {
        Dispatcher.Fail(TtsErrors.Aborted(reason));
        _socket.Abort();
        _lifetime.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _watchdog.DisposeAsync().ConfigureAwait(false);
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), _time);
                await SendCloseAsync("bye", timeout.Token).ConfigureAwait(false);
                await _receiveLoop.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // Closing politely is best effort; the abort below ends the connection either way.
            }
        }

        Dispatcher.Fail(TtsErrors.Aborted("the session was disposed"));
        await _lifetime.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await _receiveLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _lifetime.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        using var buffer = new MessageBuffer();
        var token = _lifetime.Token;
        try
        {
            while (true)
            {
                buffer.Reset();
                ValueWebSocketReceiveResult result;
                do
                {
                    // A message can span several frames: keep reading into the same pooled buffer until EndOfMessage.
                    result = await _socket.ReceiveAsync(buffer.GetMemory(ReceiveChunk), token).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Dispatcher.OnConnectionClosed(_socket.CloseStatus, _socket.CloseStatusDescription);
                    await SendCloseAsync("", token).ConfigureAwait(false);
                    return;
                }

                // Every event is a JSON text frame (§1.3); the SDKs ignore binary frames, so do we.
                if (result.MessageType == WebSocketMessageType.Text)
                {
                    Dispatcher.Receive(buffer.WrittenSpan);
                    if (Dispatcher.Failure is not null && !Dispatcher.IsFinished)
                    {
                        // "If a task fails, the server sends an error event and closes the connection" (§1.4): close our side too.
                        await SendCloseAsync("error", token).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Dispatcher.Fail(TtsErrors.Aborted("the session was closed"));
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            Dispatcher.Fail(TtsErrors.ConnectionClosed("unexpectedly", ex));
        }
        catch (JsonException ex)
        {
            Dispatcher.Fail(TtsErrors.ProtocolError(ex));
            _socket.Abort();
        }
    }

    private async Task SendCloseAsync(string reason, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _closeSent, 1) != 0)
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            // The peer is already gone; the receive loop reports that.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void CheckTimeout()
    {
        if (Dispatcher.CheckTimeout(_responseTimeout))
        {
            _socket.Abort();
        }
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Dispatcher.Failure is { } failure)
        {
            throw TtsErrors.SessionUnusable(failure);
        }
    }
}
