using System.Net.WebSockets;
using Audiobook.Tts.Realtime;

namespace Audiobook.Tts;

/// <summary>Opens Qwen TTS Realtime sessions: <c>&lt;base&gt;?model=&lt;model&gt;</c> with <c>Authorization: Bearer</c>, the optional
/// <c>X-DashScope-WorkSpace</c> and a user agent (docs/qwen-tts-protocol.md §1). Thread-safe; one client serves many sessions.</summary>
public sealed class QwenRealtimeClient(TtsClientOptions options, TimeProvider? timeProvider = null)
{
    private readonly TtsClientOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Connects and waits for <c>session.created</c>. A rejected handshake throws <see cref="TtsException"/> with
    /// <see cref="TtsException.HttpStatus"/>: 401/403 are permanent, 429 and 5xx retryable.</summary>
    public async Task<RealtimeSession> ConnectAsync(string model, CancellationToken cancellationToken)
    {
        var uri = _options.RealtimeUrl(model);
        var socket = CreateSocket();
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(uri, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            var status = HandshakeDetails.Status(socket);
            var retryAfter = HandshakeDetails.RetryAfter(socket);
            socket.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            if (ex is OperationCanceledException)
            {
                throw ConnectTimeout(uri, ex);
            }

            if (status is >= 300)
            {
                throw TtsErrors.Handshake(status, _options.ApiKey, retryAfter, ex);
            }

            throw new TtsException($"TTS connection to {uri.Authority} failed: {ex.Message}", ex) { Code = "ConnectFailed", IsRetryable = true };
        }

        var dispatcher = new SessionDispatcher(_time, _options.ApiKey);
        var connection = new RealtimeConnection(socket, dispatcher, _options, _time);
        var session = new RealtimeSession(connection, model, _time);
        connection.Start();
        try
        {
            await session.WaitCreatedAsync(linked.Token).ConfigureAwait(false);
            return session;
        }
        catch (Exception ex)
        {
            await session.DisposeAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (ex is OperationCanceledException)
            {
                throw ConnectTimeout(uri, ex);
            }

            throw;
        }
    }

    private static TtsException ConnectTimeout(Uri uri, Exception inner) =>
        new($"TTS connection to {uri.Authority} did not open a session in time.", inner) { Code = "ConnectTimeout", IsRetryable = true };

    private ClientWebSocket CreateSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + _options.ApiKey);
        }

        if (!string.IsNullOrEmpty(_options.Workspace))
        {
            socket.Options.SetRequestHeader("X-DashScope-WorkSpace", _options.Workspace);
        }

        socket.Options.SetRequestHeader("User-Agent", UserAgent.Value);
        return socket;
    }
}
