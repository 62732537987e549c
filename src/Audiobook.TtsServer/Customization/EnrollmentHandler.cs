using System.Text.Json.Nodes;
using Audiobook.Tts.Catalog;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Customization;

/// <summary><c>qwen-voice-enrollment</c>: create (from a base64 data URL), list, delete (docs/qwen-tts-protocol.md §7.2).
/// A cloned voice follows its sample: the sample's median F0 and pace are stored and drive the espeak voice.</summary>
internal sealed class EnrollmentHandler(
    VoiceStore store, ReferenceAudioAnalyzer analyzer, IOptions<LocalTtsServerOptions> options, TimeProvider timeProvider)
{
    public const string Model = "qwen-voice-enrollment";
    private const int MaxEncodedLength = 10 * 1024 * 1024;
    private const double MaxSeconds = 60;
    private const double MinSpeechSeconds = 3;
    private const int MinSampleRate = 16000;

    public Task<JsonObject> HandleAsync(string action, RequestFields input, CancellationToken cancellationToken) => action switch
    {
        "create" => CreateAsync(input, cancellationToken),
        "list" => Task.FromResult(List(input)),
        "delete" => Task.FromResult(Delete(input)),
        _ => throw CustomizationException.InvalidParameter("input.action"),
    };

    private async Task<JsonObject> CreateAsync(RequestFields input, CancellationToken cancellationToken)
    {
        var targetModel = input.TargetModel(VoiceKind.Cloned);
        var name = input.Required("preferred_name");
        if (!CustomVoiceIds.IsValidPreferredName(name))
        {
            throw CustomizationException.InvalidParameter("input.preferred_name");
        }

        var language = input.LanguageCode("language");
        var transcript = input.String("text");
        var audio = Decode(input.Object("audio").Required("data"));
        var reference = await analyzer.AnalyzeAsync(audio, cancellationToken).ConfigureAwait(false);
        var analysis = reference.Analysis;
        if (reference.InputSampleRate is < MinSampleRate)
        {
            throw new CustomizationException(400, "Audio.AudioRateError", "File sample rate unsupported.");
        }

        if (analysis.DurationSeconds > MaxSeconds)
        {
            throw new CustomizationException(400, "Audio.DurationLimitError", "Audio duration exceeds maximum allowed limit.");
        }

        if (analysis.SpeechSeconds < MinSpeechSeconds || analysis.MedianF0 is null)
        {
            throw new CustomizationException(400, "Audio.PreprocessError", "No segments meet minimum duration requirement");
        }

        var voice = CustomVoice.Create(VoiceKind.Cloned, targetModel, name, language, timeProvider.GetUtcNow()) with
        {
            Transcript = transcript,
            ReferenceF0 = Math.Round(analysis.MedianF0.Value, 1),
            SpeedFactor = Math.Round(ReferenceAudioAnalyzer.SpeedFactor(analysis, transcript), 3),
            ReferenceSeconds = Math.Round(analysis.DurationSeconds, 2),
            ReferenceSpeechSeconds = Math.Round(analysis.SpeechSeconds, 2),
        };
        store.Add(voice, options.Value.MaxCustomVoicesPerKind);

        return Envelope(new JsonObject { ["voice"] = voice.Voice, ["target_model"] = voice.TargetModel }, count: 1);
    }

    private JsonObject List(RequestFields input)
    {
        var pageIndex = input.Int("page_index") ?? 0;
        var pageSize = input.Int("page_size") ?? 10;
        if (pageIndex < 0)
        {
            throw CustomizationException.InvalidParameter("input.page_index");
        }

        if (pageSize is < 0 or > 1_000_000)
        {
            throw CustomizationException.InvalidParameter("input.page_size");
        }

        var (voices, total) = store.Page(VoiceKind.Cloned, pageIndex, pageSize);
        var page = new JsonArray();
        foreach (var voice in voices)
        {
            var item = new JsonObject
            {
                ["voice"] = voice.Voice,
                ["gmt_create"] = CustomVoiceIds.Timestamp(voice.CreatedAt),
                ["gmt_modified"] = CustomVoiceIds.Timestamp(voice.ModifiedAt),
                ["target_model"] = voice.TargetModel,
            };
            if (voice.Language is not null)
            {
                item["language"] = voice.Language;
            }

            page.Add(item);
        }

        return Envelope(
            new JsonObject { ["voice_list"] = page, ["page_index"] = pageIndex, ["page_size"] = pageSize, ["total_count"] = total },
            count: 0);
    }

    private JsonObject Delete(RequestFields input)
    {
        var voice = input.Required("voice");
        if (!store.Remove(voice, VoiceKind.Cloned))
        {
            throw new CustomizationException(400, "BadRequest.VoiceNotFound", $"Voice '{voice}' not found.");
        }

        return Envelope(new JsonObject { ["voice"] = voice }, count: 0);
    }

    private static byte[] Decode(string data)
    {
        if (data.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || data.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            // The local server never downloads (it runs offline); send the sample as a data URL.
            throw new CustomizationException(400, "BadRequest.InputDownloadFailed", "Failed to download the input file.");
        }

        var comma = data.IndexOf(',', StringComparison.Ordinal);
        if (!data.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0
            || !data.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            throw CustomizationException.InvalidParameter("input.audio.data");
        }

        if (data.Length >= MaxEncodedLength)
        {
            throw new CustomizationException(400, "InvalidParameter", "Required parameter(input.audio.data) is invalid: the encoded audio must be smaller than 10 MB.");
        }

        try
        {
            return Convert.FromBase64String(data[(comma + 1)..]);
        }
        catch (FormatException)
        {
            throw CustomizationException.DecoderError();
        }
    }

    private static JsonObject Envelope(JsonObject output, int count) =>
        new() { ["output"] = output, ["usage"] = new JsonObject { ["count"] = count } };
}
