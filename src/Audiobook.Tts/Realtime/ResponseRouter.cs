using System.Threading.Channels;
using Audiobook.Tts.Protocol;

namespace Audiobook.Tts.Realtime;

/// <summary>Matches responses to commits FIFO (the server answers commits strictly in order, docs/qwen-tts-protocol.md §4.15),
/// routes their audio, and measures them. Responses nobody committed explicitly (server_commit mode) go to the shared stream.</summary>
internal sealed class ResponseRouter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Queue<PendingResponse> _expected = new();
    private readonly Channel<ResponseAudio> _shared =
        Channel.CreateUnbounded<ResponseAudio>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private PendingResponse? _current;
    private TtsException? _failure;
    private long? _firstTextAt;
    private long? _unattributedTextAt;
    private long? _lastDoneAt;
    private int _completed;

    public TtsConnectionMetrics Metrics { get; } = new();

    public ChannelReader<ResponseAudio> SharedResponses => _shared.Reader;

    public int CompletedResponses => Volatile.Read(ref _completed);

    public bool HasPendingWork
    {
        get { lock (_gate) { return _expected.Count > 0 || _current is not null; } }
    }

    /// <summary>Whether the running response wants pooled audio buffers; read by the receive loop before decoding a delta.</summary>
    public bool CurrentWantsPooled
    {
        get { lock (_gate) { return _current?.Pooled ?? false; } }
    }

    /// <summary>Records text sent at <paramref name="at"/>; <paramref name="attributed"/> when it belongs to an expected response.</summary>
    public void NoteTextSent(long at, bool attributed)
    {
        lock (_gate)
        {
            _firstTextAt ??= at;
            if (!attributed)
            {
                _unattributedTextAt ??= at;
            }
        }
    }

    public void Expect(PendingResponse response)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            _expected.Enqueue(response);
        }
    }

    /// <summary>A shared response expected for a manual commit in commit mode, so that FIFO matching stays exact.</summary>
    public void ExpectShared()
    {
        lock (_gate)
        {
            ThrowIfFailed();
            _expected.Enqueue(PendingResponse.Shared(_unattributedTextAt ?? time.GetTimestamp()));
            _unattributedTextAt = null;
        }
    }

    public void OnCreated(string responseId)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_current is not null)
            {
                FailResponse(_current, TtsErrors.ProtocolError(new InvalidOperationException("A response started before the previous one ended.")));
            }

            if (!_expected.TryDequeue(out var response))
            {
                response = PendingResponse.Shared(_unattributedTextAt ?? now);
                _unattributedTextAt = null;
            }

            response.ResponseId = responseId;
            response.StartedAt = Math.Max(response.TextSentAt ?? now, _lastDoneAt ?? long.MinValue);
            _current = response;
        }
    }

    public void OnAudio(string responseId, AudioChunk chunk)
    {
        lock (_gate)
        {
            var response = _current;
            if (response is null || _failure is not null
                || (responseId.Length > 0 && !string.Equals(responseId, response.ResponseId, StringComparison.Ordinal)))
            {
                chunk.Return();
                return;
            }

            var now = time.GetTimestamp();
            if (response.FirstAudioAt is null)
            {
                response.FirstAudioAt = now;
                if (_firstTextAt is { } firstText && Metrics.FirstAudioDelay is null)
                {
                    Metrics.RecordFirstAudio(time.GetElapsedTime(firstText, now));
                }
            }

            response.AudioBytes += chunk.Length;
            Metrics.RecordAudio(chunk.Length);
            if (response.Chunks is { } chunks)
            {
                chunks.Writer.TryWrite(chunk);
            }
            else
            {
                _shared.Writer.TryWrite(new ResponseAudio(response.ResponseId, chunk.Memory));
            }
        }
    }

    public void OnDone(ResponseInfo info)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var response = _current ?? PendingResponse.Shared(now);
            _current = null;
            _lastDoneAt = now;
            var started = response.StartedAt ?? response.TextSentAt ?? now;
            var elapsed = time.GetElapsedTime(started, now);
            var firstAudio = response.FirstAudioAt is { } first ? time.GetElapsedTime(started, first) : elapsed;
            var id = info.Id.Length > 0 ? info.Id : response.ResponseId;
            var result = new SynthesisResult(id, info.Usage, response.AudioBytes, firstAudio, elapsed) { Status = info.Status };
            Metrics.RecordResponse(result);
            Interlocked.Increment(ref _completed);
            if (response.Chunks is null)
            {
                _shared.Writer.TryWrite(new ResponseAudio(id, ReadOnlyMemory<byte>.Empty) { Result = result });
            }
            else if (string.Equals(info.Status, "failed", StringComparison.Ordinal))
            {
                FailResponse(response, new TtsException($"TTS response {id} failed.") { Code = "ResponseFailed", IsRetryable = true });
            }
            else
            {
                response.Completion.TrySetResult(result);
                response.Chunks.Writer.TryComplete();
            }
        }
    }

    /// <summary>After <c>session.finished</c>: ends the shared stream; commits still unanswered fail.</summary>
    public void OnFinished()
    {
        lock (_gate)
        {
            var unanswered = TtsErrors.ConnectionClosed("after session.finished without answering every commit");
            while (_expected.TryDequeue(out var pending))
            {
                FailResponse(pending, unanswered);
            }

            _shared.Writer.TryComplete();
        }
    }

    public void Fail(TtsException exception)
    {
        lock (_gate)
        {
            _failure ??= exception;
            while (_expected.TryDequeue(out var pending))
            {
                FailResponse(pending, exception);
            }

            if (_current is not null)
            {
                FailResponse(_current, exception);
                _current = null;
            }

            _shared.Writer.TryComplete(exception);
        }
    }

    private static void FailResponse(PendingResponse response, TtsException exception)
    {
        // Shared responses have no awaiter; their failure reaches the reader through the shared stream.
        if (response.Chunks is not null)
        {
            response.Fail(exception);
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw TtsErrors.SessionUnusable(_failure);
        }
    }
}
