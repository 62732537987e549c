using System.Runtime.CompilerServices;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;
using Audiobook.TtsServer.Faults;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Realtime;

/// <summary>Runs one response: the 8-event cycle of docs/qwen-tts-protocol.md §4.6–4.13 around streamed audio deltas, with injected
/// faults, <c>response.cancel</c> (status <c>cancelled</c>) and usage.</summary>
internal sealed class ResponseRunner(RealtimeServices services, SessionEventWriter writer, Action abortConnection)
{
    public async Task<ResponseOutcome> RunAsync(
        string text, SessionSettings settings, TtsModel? model, CancellationToken sessionToken, CancellationToken responseToken)
    {
        var voice = services.Voices.Resolve(settings.Model, settings.Voice);
        if (voice is null)
        {
            return ResponseOutcome.VoiceRejected;
        }

        if (!services.RateLimiter.TryAcquire(settings.Model, RequestUnit.Response))
        {
            return ResponseOutcome.Throttled;
        }

        if (model?.SupportsInstructions == true && !string.IsNullOrWhiteSpace(settings.Instructions))
        {
            var style = VoiceDescriptionParser.Parse(settings.Instructions);
            voice = voice with { TargetF0 = voice.TargetF0 * style.PitchMultiplier, SpeedFactor = voice.SpeedFactor * style.SpeedMultiplier };
        }

        var fault = services.Faults.ForNextResponse();
        await services.Slots.WaitAsync(sessionToken).ConfigureAwait(false);
        try
        {
            return await StreamAsync(text, settings, model, voice, fault, sessionToken, responseToken).ConfigureAwait(false);
        }
        finally
        {
            services.Slots.Release();
        }
    }

    private async Task<ResponseOutcome> StreamAsync(
        string text, SessionSettings settings, TtsModel? model, EspeakVoice voice, ResponseFault fault,
        CancellationToken sessionToken, CancellationToken responseToken)
    {
        services.Statistics.ResponseStarted(settings.Model);
        var responseId = WireIds.Response();
        var itemId = WireIds.Item();
        await writer.SendAsync(new ResponseCreatedEvent { Response = new ResponseInfo { Id = responseId, Voice = settings.Voice } }, sessionToken).ConfigureAwait(false);
        await writer.SendAsync(new ResponseOutputItemAddedEvent { ResponseId = responseId, Item = new ResponseItem { Id = itemId } }, sessionToken).ConfigureAwait(false);
        await writer.SendAsync(new ResponseContentPartAddedEvent { ResponseId = responseId, ItemId = itemId }, sessionToken).ConfigureAwait(false);

        var samples = new long[1];
        var cancelled = false;
        try
        {
            await services.Faults.DelayResponseAsync(responseToken).ConfigureAwait(false);

            var request = new SynthesisRequest(text, voice, settings.LanguageType, settings.SpeechRate, settings.PitchRate, settings.Volume, settings.SampleRate);
            var format = new AudioOutputFormat(settings.ResponseFormat, settings.SampleRate, settings.BitRate, services.Options.AudioDeltaDuration);
            var pcm = CountAsync(services.Synthesizer.SynthesizeAsync(request, responseToken), samples, responseToken);
            var first = true;
            await foreach (var chunk in services.Encoder.EncodeAsync(pcm, format, responseToken).ConfigureAwait(false))
            {
                var delta = new ResponseAudioDeltaEvent { ResponseId = responseId, ItemId = itemId, Delta = Convert.ToBase64String(chunk) };
                if (!await writer.SendAsync(delta, sessionToken).ConfigureAwait(false))
                {
                    return ResponseOutcome.SessionEnded;
                }

                services.Statistics.AudioSent(chunk.Length);
                if (first && fault != ResponseFault.None)
                {
                    return await InjectAsync(fault, sessionToken).ConfigureAwait(false);
                }

                first = false;
            }
        }
        catch (OperationCanceledException) when (responseToken.IsCancellationRequested && !sessionToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        catch (SynthesisException exception)
        {
            Log.SynthesisFailed(services.Logger, exception, settings.Id);
            services.Statistics.ResponseFailed();
            await writer.SendErrorAsync(ServerErrors.Server("InternalError", "Synthesis failed: " + exception.Message), sessionToken).ConfigureAwait(false);
            return ResponseOutcome.Failed;
        }

        await FinishAsync(responseId, itemId, settings, model, text, samples[0], cancelled, sessionToken).ConfigureAwait(false);
        return cancelled ? ResponseOutcome.Cancelled : ResponseOutcome.Completed;
    }

    private async Task FinishAsync(
        string responseId, string itemId, SessionSettings settings, TtsModel? model, string text, long samples, bool cancelled,
        CancellationToken cancellationToken)
    {
        var itemStatus = cancelled ? "incomplete" : "completed";
        var usage = UsageCalculator.For(model, text, samples / (double)settings.SampleRate);
        await writer.SendAsync(new ResponseAudioDoneEvent { ResponseId = responseId, ItemId = itemId }, cancellationToken).ConfigureAwait(false);
        await writer.SendAsync(new ResponseContentPartDoneEvent { ResponseId = responseId, ItemId = itemId }, cancellationToken).ConfigureAwait(false);
        await writer.SendAsync(new ResponseOutputItemDoneEvent
        {
            ResponseId = responseId,
            Item = new ResponseItem { Id = itemId, Status = itemStatus, Content = [new ContentPart { Text = "" }] },
        }, cancellationToken).ConfigureAwait(false);
        await writer.SendAsync(new ResponseDoneEvent
        {
            Response = new ResponseInfo
            {
                Id = responseId,
                Status = cancelled ? "cancelled" : "completed",
                Modalities = ["text", "audio"],
                Voice = settings.Voice,
                Output = [new ResponseItem { Id = itemId, Status = itemStatus, Content = [new ContentPart { Transcript = "" }] }],
                Usage = usage,
            },
        }, cancellationToken).ConfigureAwait(false);

        services.Statistics.Billed(usage.Characters ?? 0, usage.TotalTokens ?? 0);
        if (cancelled)
        {
            services.Statistics.ResponseCancelled();
        }
        else
        {
            services.Statistics.ResponseCompleted();
        }
    }

    private async Task<ResponseOutcome> InjectAsync(ResponseFault fault, CancellationToken cancellationToken)
    {
        services.Statistics.ResponseFailed();
        if (fault == ResponseFault.DropConnection)
        {
            abortConnection();
            return ResponseOutcome.ConnectionDropped;
        }

        await writer.SendErrorAsync(ServerErrors.Server(services.Faults.ErrorCode, services.Faults.ErrorMessage), cancellationToken).ConfigureAwait(false);
        return ResponseOutcome.Failed;
    }

    private static async IAsyncEnumerable<short[]> CountAsync(
        IAsyncEnumerable<short[]> source, long[] counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var samples in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            counter[0] += samples.Length;
            yield return samples;
        }
    }
}
