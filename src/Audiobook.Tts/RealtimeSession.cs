using System.Runtime.CompilerServices;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Realtime;

namespace Audiobook.Tts;

/// <summary>One Qwen TTS Realtime connection (docs/qwen-tts-protocol.md). Create it with <see cref="QwenRealtimeClient.ConnectAsync"/>.
/// <para>Commit mode (<see cref="SessionModes.Commit"/>, set with <see cref="UpdateAsync"/>): <see cref="SynthesizeAsync"/> and
/// <see cref="StreamAsync"/> append and commit one text and return its audio. Calls may overlap: commits queue on the server, which
/// answers them strictly in order, and responses are matched to commits first-in first-out.</para>
/// <para>Server-commit mode: <see cref="AppendTextAsync"/> text as it comes while <see cref="ReadResponsesAsync"/> yields audio, then
/// <see cref="FinishAsync"/>.</para>
/// <para>A server <c>error</c>, a dropped socket or a cancelled call ends the session: later calls throw <see cref="TtsException"/>.
/// Open a new session to retry.</para></summary>
public sealed class RealtimeSession : IAsyncDisposable
{
    private readonly RealtimeConnection _connection;
    private readonly SessionDispatcher _dispatcher;
    private string? _mode;
    private int _readerActive;
    private volatile bool _finishRequested;

    internal RealtimeSession(RealtimeConnection connection, string model, TimeProvider time)
    {
        _connection = connection;
        _dispatcher = connection.Dispatcher;
        Model = model;
        Time = time;
    }

    /// <summary>The server's session id (<c>session.id</c> of <c>session.created</c>).</summary>
    public string SessionId { get; private set; } = "";

    /// <summary>The model named in the connection URL.</summary>
    public string Model { get; }

    /// <summary>The latest session configuration the server echoed (<c>session.created</c> or <c>session.updated</c>).</summary>
    public SessionConfig Session => _dispatcher.Session;

    /// <summary>False once the session failed, was closed or disposed, or <see cref="FinishAsync"/> was called.</summary>
    public bool IsOpen => !_finishRequested && _dispatcher.Failure is null && _connection.IsSocketOpen;

    /// <summary>How many <c>response.done</c> events arrived.</summary>
    public int CompletedResponses => _dispatcher.Responses.CompletedResponses;

    /// <summary>First-audio delays (per connection, SDK meaning, and per response), response ids and billed usage totals.</summary>
    public TtsConnectionMetrics Metrics => _dispatcher.Responses.Metrics;

    /// <summary>The result of the last response read to its end through <see cref="StreamAsync"/> (or <see cref="SynthesizeAsync"/>).</summary>
    public SynthesisResult? LastResult { get; private set; }

    private TimeProvider Time { get; }

    private string? Mode => _mode ?? Session.Mode;

    /// <summary>Sends <c>session.update</c> and returns the server's <c>session.updated</c> echo. Send it once, before any text:
    /// the service rejects updates after synthesis has started (§3.1).</summary>
    public async Task<SessionConfig> UpdateAsync(SessionConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        Task<SessionConfig>? echo = null;
        var frame = ProtocolJson.Serialize(new SessionUpdateEvent { EventId = ProtocolJson.NewEventId(), Session = config });
        await _connection.SendAsync([frame], () => echo = _dispatcher.ExpectUpdate(), cancellationToken).ConfigureAwait(false);
        var session = await _connection.AwaitAsync(echo!, cancellationToken).ConfigureAwait(false);
        _mode = session.Mode ?? config.Mode ?? _mode;
        return session;
    }

    /// <summary>Commit mode: appends <paramref name="text"/>, commits it, writes the decoded audio of its response to
    /// <paramref name="destination"/> as it arrives, and returns when <c>response.done</c> arrives.</summary>
    /// <exception cref="TtsException">The server reported an error or the connection failed.</exception>
    /// <exception cref="InvalidOperationException">The session is not in commit mode.</exception>
    public async Task<SynthesisResult> SynthesizeAsync(string text, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var pending = await CommitTextAsync(text, pooled: true, cancellationToken).ConfigureAwait(false);
        var reader = pending.Chunks!.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var chunk))
                {
                    try
                    {
                        await destination.WriteAsync(chunk.Memory, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        chunk.Return();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _connection.Abort("an operation was cancelled");
            throw;
        }

        var result = await _connection.AwaitAsync(pending.Completion.Task, cancellationToken).ConfigureAwait(false);
        LastResult = result;
        return result;
    }

    /// <summary>Commit mode, streaming form of <see cref="SynthesizeAsync"/>: the text is sent when enumeration starts and the
    /// decoded audio chunks of its response are yielded as they arrive (each chunk is a new array the caller may keep).
    /// When the enumeration ends normally, <see cref="LastResult"/> holds the response's <see cref="SynthesisResult"/>.</summary>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> StreamAsync(string text, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = await CommitTextAsync(text, pooled: false, cancellationToken).ConfigureAwait(false);
        var reader = pending.Chunks!.Reader;
        while (await WaitToReadAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var chunk))
            {
                yield return chunk.Memory;
            }
        }

        LastResult = await _connection.AwaitAsync(pending.Completion.Task, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <c>input_text_buffer.append</c>. In server_commit mode the server decides when to synthesize; read the audio
    /// with <see cref="ReadResponsesAsync"/>.</summary>
    public async Task AppendTextAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var frame = ProtocolJson.Serialize(new InputTextBufferAppendEvent { EventId = ProtocolJson.NewEventId(), Text = text });
        await _connection.SendAsync(
            [frame],
            () =>
            {
                _dispatcher.Touch();
                _dispatcher.Responses.NoteTextSent(Time.GetTimestamp(), attributed: false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <c>input_text_buffer.commit</c> (a flush in server_commit mode). It does not wait: the response arrives through
    /// <see cref="ReadResponsesAsync"/>, and a server error (e.g. an empty buffer) fails the session.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var frame = ProtocolJson.Serialize(new InputTextBufferCommitEvent { EventId = ProtocolJson.NewEventId() });
        var commitMode = string.Equals(Mode, SessionModes.Commit, StringComparison.Ordinal);
        await _connection.SendAsync(
            [frame],
            () =>
            {
                _dispatcher.Touch();
                if (commitMode)
                {
                    _dispatcher.Responses.ExpectShared();
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <c>input_text_buffer.clear</c> and waits for <c>input_text_buffer.cleared</c>.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        Task? cleared = null;
        var frame = ProtocolJson.Serialize(new InputTextBufferClearEvent { EventId = ProtocolJson.NewEventId() });
        await _connection.SendAsync([frame], () => cleared = _dispatcher.ExpectClear(), cancellationToken).ConfigureAwait(false);
        await _connection.AwaitAsync(AsBool(cleared!), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <c>response.cancel</c> (SDK-only, undocumented server behaviour, §3.6). It does not wait; a cancelled response
    /// still ends with <c>response.done</c>, whose status the result reports. An <c>error</c> that names this event (e.g. nothing
    /// was running any more) does not end the session.</summary>
    public Task CancelResponseAsync(CancellationToken cancellationToken)
    {
        var eventId = ProtocolJson.NewEventId();
        var frame = ProtocolJson.Serialize(new ResponseCancelEvent { EventId = eventId });
        return _connection.SendAsync([frame], () => _dispatcher.TolerateErrorFor(eventId), cancellationToken);
    }

    /// <summary>The audio of every response that was not started by <see cref="SynthesizeAsync"/>/<see cref="StreamAsync"/>
    /// (server_commit mode, or <see cref="CommitAsync"/> in commit mode), as chunks plus an end item per response. Ends after
    /// <c>session.finished</c>; throws <see cref="TtsException"/> when the session fails. One reader at a time.</summary>
    public async IAsyncEnumerable<ResponseAudio> ReadResponsesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _readerActive, 1) != 0)
        {
            throw new InvalidOperationException("ReadResponsesAsync already has a reader.");
        }

        try
        {
            var reader = _dispatcher.Responses.SharedResponses;
            while (await WaitToReadAsync(reader, cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            Volatile.Write(ref _readerActive, 0);
        }
    }

    /// <summary>Sends <c>session.finish</c>, waits until the server has sent all remaining audio and <c>session.finished</c>,
    /// then closes the connection (§1.4).</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        Task? finished = null;
        var frame = ProtocolJson.Serialize(new SessionFinishEvent { EventId = ProtocolJson.NewEventId() });
        await _connection.SendAsync(
            [frame],
            () =>
            {
                finished = _dispatcher.ExpectFinish();
                _finishRequested = true;
            },
            cancellationToken).ConfigureAwait(false);
        await _connection.AwaitAsync(AsBool(finished!), cancellationToken).ConfigureAwait(false);
        await _connection.CloseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the connection (politely when it is still open) and fails whatever was still waiting.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    internal async Task WaitCreatedAsync(CancellationToken cancellationToken)
    {
        var created = await _dispatcher.Created.WaitAsync(cancellationToken).ConfigureAwait(false);
        SessionId = created.Id ?? "";
    }

    private static async Task<bool> AsBool(Task task)
    {
        await task.ConfigureAwait(false);
        return true;
    }

    private async Task<PendingResponse> CommitTextAsync(string text, bool pooled, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (!string.Equals(Mode, SessionModes.Commit, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The session is in '{Mode}' mode; call UpdateAsync with Mode = \"{SessionModes.Commit}\" before synthesizing commits.");
        }

        PendingResponse? pending = null;
        var append = ProtocolJson.Serialize(new InputTextBufferAppendEvent { EventId = ProtocolJson.NewEventId(), Text = text });
        var commit = ProtocolJson.Serialize(new InputTextBufferCommitEvent { EventId = ProtocolJson.NewEventId() });
        await _connection.SendAsync(
            [append, commit],
            () =>
            {
                // Registered under the send lock, so the FIFO order of expectations is the order of commits on the wire.
                _dispatcher.Touch();
                var sentAt = Time.GetTimestamp();
                pending = PendingResponse.Dedicated(pooled, sentAt);
                _dispatcher.Responses.NoteTextSent(sentAt, attributed: true);
                _dispatcher.Responses.Expect(pending);
            },
            cancellationToken).ConfigureAwait(false);
        return pending!;
    }

    private async Task<bool> WaitToReadAsync<T>(System.Threading.Channels.ChannelReader<T> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _connection.Abort("an operation was cancelled");
            throw;
        }
    }
}
