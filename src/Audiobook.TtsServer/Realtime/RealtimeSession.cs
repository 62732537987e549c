using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;
using Microsoft.AspNetCore.Http;

namespace Audiobook.TtsServer.Realtime;

/// <summary>One WebSocket connection: receives client events, keeps the text buffer, and feeds a strictly sequential response queue
/// (commits sent while a response streams wait their turn; two responses never interleave). See docs/tts-server.md.</summary>
internal sealed partial class RealtimeSession : IDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly RealtimeServices _services;
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly TtsModel? _model;
    private readonly SessionEventWriter _writer;
    private readonly ResponseRunner _runner;
    private readonly Channel<ResponseJob> _queue = Channel.CreateUnbounded<ResponseJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StringBuilder _buffer = new();
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _sessionCancellation;
    private SessionSettings _settings;
    private bool _started;
    private bool _finishing;
    private int _pendingResponses;
    private long _lastTaskTimestamp;
    private CancellationTokenSource? _currentResponse;

    public RealtimeSession(RealtimeServices services, WebSocket socket, HttpContext context, string model, CancellationToken stopping)
    {
        _services = services;
        _socket = socket;
        _context = context;
        _model = TtsModelCatalog.Find(model);
        _writer = new SessionEventWriter(socket);
        _runner = new ResponseRunner(services, _writer, Abort);
        _sessionCancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        _settings = new SessionSettings { Id = WireIds.Session(), Model = model };
        _lastTaskTimestamp = services.Time.GetTimestamp();
    }

    public async Task RunAsync()
    {
        var token = _sessionCancellation.Token;
        _services.Statistics.ConnectionOpened(_settings.Model);
        Log.SessionOpened(_services.Logger, _settings.Id, _settings.Model);
        Task worker = Task.CompletedTask, watchdog = Task.CompletedTask;
        try
        {
            await _writer.SendAsync(new SessionCreatedEvent { Session = _settings.ToCreatedConfig() }, token).ConfigureAwait(false);
            if (_model is null || _model.Api != TtsApi.Realtime)
            {
                // RejectUnknownModels=false: what the real service was seen doing (docs/qwen-tts-protocol.md §1.1): created, then a silent close.
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "", cancelWork: false).ConfigureAwait(false);
            }
            else
            {
                worker = ProcessQueueAsync(token);
                watchdog = WatchIdleAsync(token);
            }

            await ReceiveLoopAsync(token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            Log.ConnectionLost(_services.Logger, _settings.Id);
        }
        finally
        {
            await _sessionCancellation.CancelAsync().ConfigureAwait(false);
            _queue.Writer.TryComplete();
            await Task.WhenAll(worker, watchdog).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
            _services.Statistics.ConnectionClosed();
            Log.SessionEnded(_services.Logger, _settings.Id);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _sessionCancellation.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            message.SetLength(0);
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (!_writer.CloseSent)
                    {
                        await _writer.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }

                if (message.Length + result.Count > MaxMessageBytes)
                {
                    await CloseWithErrorAsync(ServerErrors.Invalid($"Message exceeds {MaxMessageBytes} bytes."), WebSocketCloseStatus.MessageTooBig)
                        .ConfigureAwait(false);
                    return;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (_writer.CloseSent)
            {
                continue;
            }

            if (result.MessageType == WebSocketMessageType.Binary)
            {
                await SendErrorAsync(ServerErrors.Invalid("Binary frames are not supported; send JSON text frames.")).ConfigureAwait(false);
                continue;
            }

            await HandleMessageAsync(message.GetBuffer().AsMemory(0, (int)message.Length)).ConfigureAwait(false);
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException exception)
        {
            await SendErrorAsync(ServerErrors.Invalid("Invalid JSON: " + exception.Message)).ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : null;
            var eventId = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("event_id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
            RealtimeEvent parsed;
            try
            {
                parsed = ProtocolJson.Parse(root);
            }
            catch (JsonException exception)
            {
                var error = ServerErrors.Invalid($"Invalid '{type ?? "(no type)"}' event: {exception.Message}", null, eventId);
                if (string.Equals(type, EventTypes.SessionUpdate, StringComparison.Ordinal))
                {
                    await CloseWithErrorAsync(error, WebSocketCloseStatus.InvalidPayloadData).ConfigureAwait(false);
                }
                else
                {
                    await SendErrorAsync(error).ConfigureAwait(false);
                }

                return;
            }

            try
            {
                await DispatchAsync(parsed).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or WebSocketException or IOException))
            {
                // A bug in a handler must end this session cleanly, not the server.
                Log.SessionFailed(_services.Logger, exception, _settings.Id);
                await CloseWithErrorAsync(ServerErrors.Server("InternalError", "An internal error has occured, try again later or contact service support."),
                    WebSocketCloseStatus.InternalServerError).ConfigureAwait(false);
            }
        }
    }

    private Task DispatchAsync(RealtimeEvent realtimeEvent) => realtimeEvent switch
    {
        SessionUpdateEvent update => OnSessionUpdateAsync(update),
        InputTextBufferAppendEvent append => OnAppendAsync(append),
        InputTextBufferCommitEvent commit => OnCommitAsync(commit),
        InputTextBufferClearEvent => OnClearAsync(),
        SessionFinishEvent finish => OnFinishAsync(finish),
        ResponseCancelEvent cancel => OnCancelAsync(cancel),
        _ => SendErrorAsync(ServerErrors.Invalid($"Unsupported event type '{realtimeEvent.Type}'.", "type", realtimeEvent.EventId)),
    };

    private Task<bool> SendErrorAsync(ErrorInfo error) => _writer.SendErrorAsync(error, _sessionCancellation.Token);

    private async Task CloseWithErrorAsync(ErrorInfo error, WebSocketCloseStatus status)
    {
        Log.SessionError(_services.Logger, _settings.Id, error.Code ?? "", (int)status);
        await SendErrorAsync(error).ConfigureAwait(false);
        await CloseAsync(status, error.Message ?? "", cancelWork: true).ConfigureAwait(false);
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason, bool cancelWork)
    {
        lock (_gate)
        {
            if (cancelWork)
            {
                _currentResponse?.Cancel();
                _queue.Writer.TryComplete();
            }
        }

        // A close reason is at most 123 UTF-8 bytes (RFC 6455 §5.5).
        var trimmed = reason.Length > 60 ? reason[..60] : reason;
        if (await _writer.CloseAsync(status, trimmed, _sessionCancellation.Token).ConfigureAwait(false))
        {
            _sessionCancellation.CancelAfter(CloseHandshakeTimeout);
        }
    }

    private void Abort()
    {
        _context.Abort();
        _socket.Abort();
    }
}
