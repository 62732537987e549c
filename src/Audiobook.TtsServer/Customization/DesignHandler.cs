using System.Text.Json.Nodes;
using Audiobook.Core.Text;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;
using Audiobook.TtsServer.Synthesis;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Customization;

/// <summary><c>qwen-voice-design</c>: create (with a rendered preview), list (paged), query, delete (docs/qwen-tts-protocol.md §7.3).
/// A designed voice follows its prompt: gender, age, pitch and pace words become espeak settings.</summary>
internal sealed class DesignHandler(VoiceStore store, PreviewRenderer previews, IOptions<LocalTtsServerOptions> options, TimeProvider timeProvider)
{
    public const string Model = "qwen-voice-design";
    private static readonly int[] SampleRates = [8000, 16000, 24000, 48000];
    private static readonly string[] Formats = [AudioFormats.Pcm, AudioFormats.Wav, AudioFormats.Mp3, AudioFormats.Opus];

    public Task<JsonObject> HandleAsync(string action, RequestFields input, RequestFields parameters, CancellationToken cancellationToken) => action switch
    {
        "create" => CreateAsync(input, parameters, cancellationToken),
        "list" => Task.FromResult(List(input)),
        "query" => Task.FromResult(Query(input)),
        "delete" => Task.FromResult(Delete(input)),
        _ => throw CustomizationException.InvalidParameter("input.action"),
    };

    private async Task<JsonObject> CreateAsync(RequestFields input, RequestFields parameters, CancellationToken cancellationToken)
    {
        var targetModel = input.TargetModel(VoiceKind.Designed);
        var prompt = input.Required("voice_prompt");
        if (prompt.Length > 2048)
        {
            throw CustomizationException.InvalidParameter("input.voice_prompt");
        }

        var previewText = input.Required("preview_text");
        if (previewText.Length > 1024)
        {
            throw CustomizationException.InvalidParameter("input.preview_text");
        }

        // preferred_name is optional in some versions of the docs; without one the id uses "voice".
        var name = input.String("preferred_name") ?? "voice";
        if (!CustomVoiceIds.IsValidPreferredName(name))
        {
            throw CustomizationException.InvalidParameter("input.preferred_name");
        }

        var language = input.LanguageCode("language") ?? "zh";
        var sampleRate = parameters.Int("sample_rate") ?? 24000;
        var format = parameters.String("response_format") ?? AudioFormats.Wav;
        if (!SampleRates.Contains(sampleRate))
        {
            throw CustomizationException.InvalidParameter("parameters.sample_rate");
        }

        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            throw CustomizationException.InvalidParameter("parameters.response_format");
        }

        var voice = CustomVoice.Create(VoiceKind.Designed, targetModel, name, language, timeProvider.GetUtcNow()) with
        {
            VoicePrompt = prompt,
            PreviewText = previewText,
        };
        var request = new SynthesisRequest(
            previewText, VoiceResolver.ForCustomVoice(voice), LanguageTypes.ByCode[language], 1.0, 1.0, 50, sampleRate);
        var audio = await previews.RenderAsync(request, format, cancellationToken).ConfigureAwait(false);
        store.Add(voice, options.Value.MaxCustomVoicesPerKind);
        var output = new JsonObject
        {
            ["voice"] = voice.Voice,
            ["preview_audio"] = new JsonObject { ["data"] = Convert.ToBase64String(audio), ["sample_rate"] = sampleRate, ["response_format"] = format },
            ["target_model"] = targetModel,
        };
        return new JsonObject { ["output"] = output, ["usage"] = new JsonObject { ["count"] = 1 } };
    }

    private JsonObject List(RequestFields input)
    {
        var pageIndex = input.Int("page_index") ?? 0;
        var pageSize = input.Int("page_size") ?? 10;
        if (pageIndex is < 0 or > 200)
        {
            throw CustomizationException.InvalidParameter("input.page_index");
        }

        if (pageSize <= 0)
        {
            throw CustomizationException.InvalidParameter("input.page_size");
        }

        var (voices, total) = store.Page(VoiceKind.Designed, pageIndex, pageSize);
        var page = new JsonArray();
        foreach (var voice in voices)
        {
            page.Add(Describe(voice));
        }

        var output = new JsonObject { ["page_index"] = pageIndex, ["page_size"] = pageSize, ["total_count"] = total, ["voice_list"] = page };
        return new JsonObject { ["output"] = output, ["usage"] = new JsonObject() };
    }

    private JsonObject Query(RequestFields input) =>
        new() { ["output"] = Describe(Find(input.Required("voice"))), ["usage"] = new JsonObject() };

    private JsonObject Delete(RequestFields input)
    {
        var voice = Find(input.Required("voice"));
        store.Remove(voice.Voice, VoiceKind.Designed);
        return new JsonObject { ["output"] = new JsonObject { ["voice"] = voice.Voice }, ["usage"] = new JsonObject() };
    }

    private CustomVoice Find(string voice) =>
        store.Find(voice) is { Kind: VoiceKind.Designed } found
            ? found
            : throw new CustomizationException(400, "VoiceNotFound", $"Voice not found: {voice}");

    private static JsonObject Describe(CustomVoice voice) => new()
    {
        ["voice"] = voice.Voice,
        ["target_model"] = voice.TargetModel,
        ["language"] = voice.Language,
        ["voice_prompt"] = voice.VoicePrompt,
        ["preview_text"] = voice.PreviewText,
        ["gmt_create"] = CustomVoiceIds.Timestamp(voice.CreatedAt),
        ["gmt_modified"] = CustomVoiceIds.Timestamp(voice.ModifiedAt),
    };
}
