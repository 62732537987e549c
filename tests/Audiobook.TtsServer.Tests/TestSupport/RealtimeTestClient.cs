using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Audiobook.TtsServer.Tests.TestSupport;

/// <summary>A raw ClientWebSocket speaking the realtime protocol as JSON, independent of the production client.</summary>
internal sealed class RealtimeTestClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket;

    private RealtimeTestClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<RealtimeTestClient> ConnectAsync(LocalTtsServer server, string model = "qwen3-tts-flash-realtime", string? apiKey = "test-key")
    {
        var socket = new ClientWebSocket();
        if (apiKey is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + apiKey);
        }

        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync(new Uri(server.RealtimeUri + "?model=" + Uri.EscapeDataString(model)), timeout.Token);
        return new RealtimeTestClient(socket);
    }

    /// <summary>Tries to connect; returns 101 when accepted, else the HTTP status of the refused handshake.</summary>
    public static async Task<int> TryConnectAsync(LocalTtsServer server, string model = "qwen3-tts-flash-realtime", string? apiKey = "test-key")
    {
        using var socket = new ClientWebSocket();
        if (apiKey is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + apiKey);
        }

        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        try
        {
            await socket.ConnectAsync(new Uri(server.RealtimeUri + "?model=" + Uri.EscapeDataString(model)), timeout.Token);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            return 101;
        }
        catch (WebSocketException)
        {
            return (int)socket.HttpStatusCode;
        }
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string json) => SendBytesAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text);

    public async Task SendBytesAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(bytes, type, true, timeout.Token);
    }

    public Task UpdateSessionAsync(object session) =>
        SendAsync(new { event_id = "event_update", type = "session.update", session });

    public Task AppendAsync(string text) => SendAsync(new { event_id = "event_append", type = "input_text_buffer.append", text });

    public Task CommitAsync() => SendAsync(new { event_id = "event_commit", type = "input_text_buffer.commit" });

    public Task FinishAsync() => SendAsync(new { event_id = "event_finish", type = "session.finish" });

    /// <summary>The next server event, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellation.Token);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>The next server event; throws if the server closed instead.</summary>
    public async Task<JsonObject> NextAsync(TimeSpan? timeout = null) =>
        await ReceiveAsync(timeout) ?? throw new InvalidOperationException($"The server closed the socket ({CloseStatus} {CloseDescription}).");

    /// <summary>Receives until an event of <paramref name="type"/> (inclusive) or the close; returns everything received.</summary>
    public async Task<List<JsonObject>> ReceiveUntilAsync(string type, TimeSpan? timeout = null)
    {
        var events = new List<JsonObject>();
        while (await ReceiveAsync(timeout) is { } received)
        {
            events.Add(received);
            if (received["type"]!.GetValue<string>() == type)
            {
                break;
            }
        }

        return events;
    }

    /// <summary>Receives until the server closes.</summary>
    public async Task<List<JsonObject>> ReceiveUntilClosedAsync(TimeSpan? timeout = null)
    {
        var events = new List<JsonObject>();
        while (await ReceiveAsync(timeout) is { } received)
        {
            events.Add(received);
        }

        return events;
    }

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Best effort.
            }
        }

        _socket.Dispose();
    }
}
