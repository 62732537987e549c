using Audiobook.Core.Text;
using Audiobook.Dashboard.Api;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Tts;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Customization;
using Audiobook.Tts.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audiobook.Dashboard.Voices;

/// <summary>The voices a publisher may render with (the model's system voices and its own cloned or designed ones),
/// a short MP3 preview of text in one of them through the configured TTS service, and new voices made through the
/// customization API (the voice row belongs to the publisher, so no other publisher lists or uses it).</summary>
public sealed class VoiceService(
    AudiobookDbContext db,
    IOptions<TtsClientOptions> tts,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider)
{
    public const string DefaultModel = "qwen3-tts-flash-realtime";

    /// <summary>Samples above this are refused before they are sent (the service takes 10–20 s clips).</summary>
    public const int MaxSampleBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<TtsModel> Models => [.. TtsModelCatalog.Models.Where(m => m.Api == TtsApi.Realtime && !m.IsLegacy)];

    public async Task<IReadOnlyList<VoiceDto>> ListAsync(string model, CancellationToken cancellationToken)
    {
        var found = TtsModelCatalog.Find(model);
        if (found is null || found.Api != TtsApi.Realtime)
        {
            throw new SubmissionException($"unknown realtime model '{model}' (known: {string.Join(", ", Models.Select(m => m.Name))})");
        }

        var own = await db.PublisherVoices.AsNoTracking().Where(v => v.Model == found.Name).OrderBy(v => v.DisplayName).ToListAsync(cancellationToken);
        return
        [
            .. found.SystemVoices.Select(v => new VoiceDto(v.Name, $"{v.Name} ({v.DisplayName})", "system", v.Description, v.Languages)),
            .. own.Select(v => new VoiceDto(v.VoiceId, v.DisplayName, v.Kind, v.Kind == "clone" ? "cloned from a sample" : "designed from a description", [])),
        ];
    }

    /// <summary>An MP3 of <paramref name="text"/> in <paramref name="voice"/>; a voice that is neither the model's nor the
    /// publisher's is refused as not found.</summary>
    public async Task<byte[]> PreviewAsync(string model, string voice, string text, string language, CancellationToken cancellationToken)
    {
        var voices = await ListAsync(model, cancellationToken);
        if (voices.All(v => v.Name != voice))
        {
            throw SubmissionException.NotFound($"voice '{voice}' of model {model}");
        }

        var client = new QwenRealtimeClient(tts.Value, timeProvider);
        await using var session = await client.ConnectAsync(model, cancellationToken);
        await session.UpdateAsync(new SessionConfig
        {
            Voice = voice,
            Mode = SessionModes.Commit,
            LanguageType = LanguageTypes.ByCode.GetValueOrDefault(language.Split('-')[0].ToLowerInvariant(), LanguageTypes.Auto),
            ResponseFormat = AudioFormats.Mp3,
        }, cancellationToken);
        using var audio = new MemoryStream();
        await session.SynthesizeAsync(text, audio, cancellationToken);
        await session.FinishAsync(cancellationToken);
        return audio.ToArray();
    }

    /// <summary>Clones a voice for <paramref name="model"/> from an uploaded sample.</summary>
    public async Task<PublisherVoice> CloneAsync(Guid publisherId, string model, string name, byte[] sample, string mimeType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        CheckModel(model, VoiceKind.Cloned);
        if (sample.Length is 0 or > MaxSampleBytes)
        {
            throw new SubmissionException($"the voice sample must be 1 byte to {MaxSampleBytes / (1024 * 1024)} MB of WAV, MP3 or M4A");
        }

        var created = await Client().CreateClonedVoiceAsync(model, PreferredName(name), sample, mimeType, null, null, cancellationToken);
        return await KeepAsync(publisherId, model, created.Voice, "clone", name, cancellationToken);
    }

    /// <summary>Designs a voice for <paramref name="model"/> from a description.</summary>
    public async Task<PublisherVoice> DesignAsync(Guid publisherId, string model, string name, string description, string previewText, CancellationToken cancellationToken)
    {
        CheckModel(model, VoiceKind.Designed);
        if (string.IsNullOrWhiteSpace(description) || description.Length > 2048)
        {
            throw new SubmissionException("describe the voice in 1 to 2048 characters");
        }

        var created = await Client().CreateDesignedVoiceAsync(model, description, string.IsNullOrWhiteSpace(previewText) ? "Hello, this is my voice." : previewText,
            PreferredName(name), null, null, null, cancellationToken);
        return await KeepAsync(publisherId, model, created.Voice, "design", name, cancellationToken);
    }

    private async Task<PublisherVoice> KeepAsync(Guid publisherId, string model, string voiceId, string kind, string name, CancellationToken cancellationToken)
    {
        var voice = new PublisherVoice
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            PublisherId = publisherId,
            Model = model,
            VoiceId = voiceId,
            Kind = kind,
            DisplayName = string.IsNullOrWhiteSpace(name) ? voiceId : name.Trim(),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.PublisherVoices.Add(voice);
        await db.SaveChangesAsync(cancellationToken);
        return voice;
    }

    private VoiceCustomizationClient Client() => new(httpClients.CreateClient(nameof(VoiceService)), tts.Value);

    private static void CheckModel(string model, VoiceKind kind)
    {
        var found = TtsModelCatalog.Find(model);
        if (found is null || found.VoiceKind != kind || found.Api != TtsApi.Realtime)
        {
            var fitting = string.Join(", ", TtsModelCatalog.Models.Where(m => m.VoiceKind == kind && m.Api == TtsApi.Realtime).Select(m => m.Name));
            throw new SubmissionException($"model '{model}' does not take {(kind == VoiceKind.Cloned ? "cloned" : "designed")} voices (models that do: {fitting})");
        }
    }

    /// <summary>The service wants up to 16 letters, digits or underscores.</summary>
    private static string PreferredName(string name)
    {
        var kept = new string([.. (name ?? "").Where(char.IsAsciiLetterOrDigit).Take(16)]);
        return kept.Length == 0 ? "voice" : kept;
    }
}
