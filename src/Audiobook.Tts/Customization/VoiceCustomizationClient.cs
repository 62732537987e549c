using System.Text.Json;
using System.Text.Json.Nodes;

namespace Audiobook.Tts.Customization;

/// <summary>The voice customization HTTP API (docs/qwen-tts-protocol.md §7): cloned voices (<c>qwen-voice-enrollment</c>:
/// create, list, delete) and designed voices (<c>qwen-voice-design</c>: create, list, query, delete). Errors become
/// <see cref="TtsException"/> with the service's <c>code</c> and the HTTP status.</summary>
public sealed class VoiceCustomizationClient(HttpClient http, TtsClientOptions options)
{
    /// <summary>The <c>model</c> of voice cloning requests.</summary>
    public const string EnrollmentModel = "qwen-voice-enrollment";

    /// <summary>The <c>model</c> of voice design requests.</summary>
    public const string DesignModel = "qwen-voice-design";

    private readonly CustomizationTransport _transport = new(
        http ?? throw new ArgumentNullException(nameof(http)), options ?? throw new ArgumentNullException(nameof(options)));

    /// <summary>Clones a voice from a sample (WAV 16-bit, MP3 or M4A; 10–20 s recommended) sent inline as a data URL.</summary>
    /// <param name="targetModel">The realtime model that will use the voice, e.g. <c>qwen3-tts-vc-realtime-2026-01-15</c>.</param>
    /// <param name="preferredName">Up to 16 letters, digits or <c>_</c>; becomes part of the voice id.</param>
    /// <param name="audio">The sample's bytes.</param>
    /// <param name="mimeType"><c>audio/wav</c>, <c>audio/mpeg</c> or <c>audio/mp4</c>.</param>
    /// <param name="text">Optional transcript of the sample.</param>
    /// <param name="language">Optional language code (<c>zh</c>, <c>en</c>, ...).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ClonedVoice> CreateClonedVoiceAsync(
        string targetModel, string preferredName, ReadOnlyMemory<byte> audio, string mimeType, string? text, string? language,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        if (audio.IsEmpty)
        {
            throw new ArgumentException("The voice sample is empty.", nameof(audio));
        }

        var dataUrl = "data:" + mimeType + ";base64," + Convert.ToBase64String(audio.Span);
        return CreateClonedVoiceCoreAsync(targetModel, preferredName, dataUrl, text, language, cancellationToken);
    }

    /// <summary>Clones a voice from a sample the service downloads from a public HTTP(S) URL.</summary>
    public Task<ClonedVoice> CreateClonedVoiceFromUrlAsync(
        string targetModel, string preferredName, Uri audioUrl, string? text, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audioUrl);
        return CreateClonedVoiceCoreAsync(targetModel, preferredName, audioUrl.AbsoluteUri, text, language, cancellationToken);
    }

    /// <summary>Lists cloned voices, newest first as the service orders them.</summary>
    public Task<VoicePage<ClonedVoice>> ListClonedVoicesAsync(int pageIndex, int pageSize, CancellationToken cancellationToken) =>
        ListAsync(EnrollmentModel, CustomizationJson.ClonedVoice, pageIndex, pageSize, cancellationToken);

    /// <summary>Deletes a cloned voice. An unknown voice throws <see cref="TtsException"/> with code <c>BadRequest.VoiceNotFound</c>.</summary>
    public Task DeleteClonedVoiceAsync(string voice, CancellationToken cancellationToken) => DeleteAsync(EnrollmentModel, voice, cancellationToken);

    /// <summary>Designs a voice from a description and returns it with its decoded preview audio.</summary>
    /// <param name="targetModel">The realtime model that will use the voice, e.g. <c>qwen3-tts-vd-realtime-2026-01-15</c>.</param>
    /// <param name="voicePrompt">The voice description (≤ 2048 characters, Chinese or English).</param>
    /// <param name="previewText">The text of the preview (≤ 1024 characters).</param>
    /// <param name="preferredName">Optional: up to 16 letters, digits or <c>_</c>.</param>
    /// <param name="language">Optional language of <paramref name="previewText"/> (default <c>zh</c>).</param>
    /// <param name="sampleRate">Optional preview sample rate (8000/16000/24000/48000; default 24000).</param>
    /// <param name="responseFormat">Optional preview format (<c>pcm</c>/<c>wav</c>/<c>mp3</c>/<c>opus</c>; default <c>wav</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<DesignedVoiceCreation> CreateDesignedVoiceAsync(
        string targetModel, string voicePrompt, string previewText, string? preferredName, string? language, int? sampleRate,
        string? responseFormat, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetModel);
        ArgumentException.ThrowIfNullOrWhiteSpace(voicePrompt);
        ArgumentException.ThrowIfNullOrWhiteSpace(previewText);
        var input = new JsonObject
        {
            ["action"] = "create",
            ["target_model"] = targetModel,
            ["voice_prompt"] = voicePrompt,
            ["preview_text"] = previewText,
        };
        AddIfSet(input, "preferred_name", preferredName);
        AddIfSet(input, "language", language);
        JsonObject? parameters = null;
        if (sampleRate is not null || responseFormat is not null)
        {
            parameters = [];
            if (sampleRate is { } rate)
            {
                parameters["sample_rate"] = rate;
            }

            AddIfSet(parameters, "response_format", responseFormat);
        }

        var output = await _transport.PostAsync(DesignModel, input, parameters, cancellationToken).ConfigureAwait(false);
        var preview = output.ValueKind == JsonValueKind.Object && output.TryGetProperty("preview_audio", out var p) ? p : default;
        byte[] audio;
        try
        {
            audio = Convert.FromBase64String(CustomizationJson.String(preview, "data") ?? "");
        }
        catch (FormatException ex)
        {
            throw new TtsException("Voice design reply carries invalid base64 preview audio.", ex) { Code = "ProtocolError", IsRetryable = true };
        }

        return new DesignedVoiceCreation(
            CustomizationJson.String(output, "voice") ?? "",
            CustomizationJson.String(output, "target_model") ?? targetModel,
            audio,
            CustomizationJson.Int(preview, "sample_rate") ?? sampleRate ?? 24000,
            CustomizationJson.String(preview, "response_format") ?? responseFormat ?? "wav");
    }

    /// <summary>Lists designed voices.</summary>
    public Task<VoicePage<DesignedVoice>> ListDesignedVoicesAsync(int pageIndex, int pageSize, CancellationToken cancellationToken) =>
        ListAsync(DesignModel, CustomizationJson.DesignedVoice, pageIndex, pageSize, cancellationToken);

    /// <summary>Reads one designed voice (without preview audio). An unknown voice throws <see cref="TtsException"/> with code
    /// <c>VoiceNotFound</c>.</summary>
    public async Task<DesignedVoice> QueryDesignedVoiceAsync(string voice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        var output = await _transport.PostAsync(
            DesignModel, new JsonObject { ["action"] = "query", ["voice"] = voice }, null, cancellationToken).ConfigureAwait(false);
        return CustomizationJson.DesignedVoice(output);
    }

    /// <summary>Deletes a designed voice.</summary>
    public Task DeleteDesignedVoiceAsync(string voice, CancellationToken cancellationToken) => DeleteAsync(DesignModel, voice, cancellationToken);

    private async Task<VoicePage<TVoice>> ListAsync<TVoice>(
        string model, Func<JsonElement, TVoice> read, int pageIndex, int pageSize, CancellationToken cancellationToken)
        where TVoice : CustomizedVoice
    {
        var output = await _transport.PostAsync(
            model, new JsonObject { ["action"] = "list", ["page_index"] = pageIndex, ["page_size"] = pageSize }, null,
            cancellationToken).ConfigureAwait(false);
        return new VoicePage<TVoice>(
            CustomizationJson.Array(output, "voice_list").Select(read).ToList(),
            CustomizationJson.Int(output, "page_index") ?? pageIndex,
            CustomizationJson.Int(output, "page_size") ?? pageSize,
            CustomizationJson.Int(output, "total_count"));
    }

    private Task<JsonElement> DeleteAsync(string model, string voice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        return _transport.PostAsync(model, new JsonObject { ["action"] = "delete", ["voice"] = voice }, null, cancellationToken);
    }

    private async Task<ClonedVoice> CreateClonedVoiceCoreAsync(
        string targetModel, string preferredName, string audioData, string? text, string? language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetModel);
        ArgumentException.ThrowIfNullOrWhiteSpace(preferredName);
        var input = new JsonObject
        {
            ["action"] = "create",
            ["target_model"] = targetModel,
            ["preferred_name"] = preferredName,
            ["audio"] = new JsonObject { ["data"] = audioData },
        };
        AddIfSet(input, "text", text);
        AddIfSet(input, "language", language);
        var output = await _transport.PostAsync(EnrollmentModel, input, null, cancellationToken).ConfigureAwait(false);
        var voice = CustomizationJson.ClonedVoice(output);
        return voice.TargetModel.Length == 0 ? voice with { TargetModel = targetModel } : voice;
    }

    private static void AddIfSet(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }
}
