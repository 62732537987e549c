using System.Net.WebSockets;
using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>Client event handlers of <see cref="RealtimeSession"/>.</summary>
internal sealed partial class RealtimeSession
{
    private async Task OnSessionUpdateAsync(SessionUpdateEvent update)
    {
        bool started;
        lock (_gate)
        {
            started = _started;
        }

        if (started)
        {
            await CloseWithErrorAsync(ServerErrors.Invalid(ServerErrors.SessionAlreadyStarted, null, update.EventId), WebSocketCloseStatus.InvalidPayloadData)
                .ConfigureAwait(false);
            return;
        }

        var outcome = SessionUpdateValidator.Apply(_settings, update.Session ?? new SessionConfig(), _model, update.EventId);
        if (outcome.Error is { } error)
        {
            await CloseWithErrorAsync(error, WebSocketCloseStatus.InvalidPayloadData).ConfigureAwait(false);
            return;
        }

        var settings = outcome.Settings!;
        if (_services.Options.VoiceErrorTiming == VoiceErrorTiming.OnUpdate && _services.Voices.Resolve(settings.Model, settings.Voice) is null)
        {
            await CloseWithErrorAsync(ServerErrors.VoiceNotSupported(settings.Voice, update.EventId), WebSocketCloseStatus.InvalidPayloadData)
                .ConfigureAwait(false);
            return;
        }

        lock (_gate)
        {
            _settings = settings;
        }

        await _writer.SendAsync(new SessionUpdatedEvent { Session = settings.ToUpdatedConfig() }, _sessionCancellation.Token).ConfigureAwait(false);
    }

    private async Task OnAppendAsync(InputTextBufferAppendEvent append)
    {
        ErrorInfo? error = null;
        lock (_gate)
        {
            var text = append.Text ?? "";
            if (_finishing)
            {
                error = ServerErrors.Invalid("The session is finishing; input_text_buffer.append is not accepted after session.finish.", null, append.EventId);
            }
            else if (_buffer.Length + text.Length > _services.Options.MaxInputTextBufferCharacters)
            {
                error = ServerErrors.Invalid(
                    $"The input text buffer would exceed {_services.Options.MaxInputTextBufferCharacters} characters; the append was dropped.",
                    "text",
                    append.EventId);
            }
            else
            {
                _buffer.Append(text);
                if (!_settings.IsCommitMode)
                {
                    var sentences = ServerCommitSegmenter.TakeSentences(_buffer.ToString(), out var consumed);
                    _buffer.Remove(0, consumed);
                    foreach (var sentence in sentences)
                    {
                        EnqueueLocked(new ResponseJob(sentence, Committed: false));
                    }
                }
            }
        }

        if (error is not null)
        {
            await SendErrorAsync(error).ConfigureAwait(false);
        }
    }

    private async Task OnCommitAsync(InputTextBufferCommitEvent commit)
    {
        lock (_gate)
        {
            var text = _buffer.ToString();
            var empty = string.IsNullOrWhiteSpace(text);
            if (!_finishing && (!empty || !_settings.IsCommitMode))
            {
                // server_commit: a commit flushes whatever is buffered; with nothing buffered it is only acknowledged.
                _buffer.Clear();
                EnqueueLocked(new ResponseJob(empty ? null : text, Committed: true));
                return;
            }
        }

        if (_finishing)
        {
            await SendErrorAsync(ServerErrors.Invalid("The session is finishing; input_text_buffer.commit is not accepted after session.finish.", null, commit.EventId))
                .ConfigureAwait(false);
        }
        else if (_services.Options.CloseOnEmptyCommit)
        {
            await CloseWithErrorAsync(ServerErrors.EmptyBuffer(commit.EventId), WebSocketCloseStatus.InvalidPayloadData).ConfigureAwait(false);
        }
        else
        {
            await SendErrorAsync(ServerErrors.EmptyBuffer(commit.EventId)).ConfigureAwait(false);
        }
    }

    private async Task OnClearAsync()
    {
        lock (_gate)
        {
            _buffer.Clear();
        }

        await _writer.SendAsync(new InputTextBufferClearedEvent(), _sessionCancellation.Token).ConfigureAwait(false);
    }

    private async Task OnFinishAsync(SessionFinishEvent finish)
    {
        lock (_gate)
        {
            if (!_finishing)
            {
                _finishing = true;
                var rest = _buffer.ToString();
                _buffer.Clear();
                var synthesizeRest = !_settings.IsCommitMode || _services.Options.SynthesizeUncommittedOnFinishInCommitMode;
                if (synthesizeRest && !string.IsNullOrWhiteSpace(rest))
                {
                    EnqueueLocked(new ResponseJob(rest, Committed: false));
                }

                _queue.Writer.TryWrite(ResponseJob.FinishSession);
                return;
            }
        }

        await SendErrorAsync(ServerErrors.Invalid("session.finish was already received.", null, finish.EventId)).ConfigureAwait(false);
    }

    private async Task OnCancelAsync(ResponseCancelEvent cancel)
    {
        CancellationTokenSource? current;
        lock (_gate)
        {
            current = _currentResponse;
            current?.Cancel();
        }

        if (current is null)
        {
            await _writer.SendErrorAsync(
                new ErrorInfo
                {
                    Type = ServerErrors.InvalidRequest,
                    Code = "response_cancel_not_active",
                    Message = "There is no active response to cancel.",
                    EventId = string.IsNullOrEmpty(cancel.EventId) ? null : cancel.EventId,
                },
                _sessionCancellation.Token).ConfigureAwait(false);
        }
    }

    private void EnqueueLocked(ResponseJob job)
    {
        if (job.Text is not null)
        {
            _started = true;
            _pendingResponses++;
        }

        _queue.Writer.TryWrite(job);
    }
}
