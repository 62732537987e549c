using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Audiobook.Tts.Catalog;

/// <summary>The Qwen TTS models and system voices of <c>config/voices.json</c> (embedded as <c>voices.json</c>), loaded once.</summary>
public static class TtsModelCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly Lazy<CatalogData> Data = new(Load);

    /// <summary>Every known model name (realtime, non-realtime clone/design targets, customization), in file order.</summary>
    public static IReadOnlyList<TtsModel> Models => Data.Value.Models;

    /// <summary>All 49 system voices, in the voice table's order.</summary>
    public static IReadOnlyList<SystemVoice> SystemVoices => Data.Value.Voices;

    /// <summary>The model with this exact name, or null.</summary>
    public static TtsModel? Find(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Data.Value.ModelsByName.GetValueOrDefault(model);
    }

    /// <summary>The system voice with this exact (case-sensitive) name, or null.</summary>
    public static SystemVoice? FindVoice(string voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        return Data.Value.VoicesByName.GetValueOrDefault(voice);
    }

    /// <summary>Whether <paramref name="voice"/> is a system voice that <paramref name="model"/> accepts (case-sensitive).</summary>
    public static bool IsSystemVoice(string model, string voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        return Find(model) is { } found && found.SystemVoices.Any(v => string.Equals(v.Name, voice, StringComparison.Ordinal));
    }

    /// <summary>The system voices <paramref name="model"/> accepts; empty for an unknown model or a cloned/designed-voice model.</summary>
    public static IReadOnlyList<SystemVoice> VoicesFor(string model) => Find(model)?.SystemVoices ?? [];

    /// <summary>The documented requests-per-minute limit of <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">The model is not in the catalog.</exception>
    public static int RequestsPerMinute(string model) =>
        Find(model)?.RequestsPerMinute ?? throw new ArgumentException($"Unknown TTS model '{model}'.", nameof(model));

    private static CatalogData Load()
    {
        using var stream = typeof(TtsModelCatalog).Assembly.GetManifestResourceStream("voices.json")
            ?? throw new InvalidOperationException("The embedded resource 'voices.json' is missing from Audiobook.Tts.");
        var document = JsonSerializer.Deserialize<CatalogDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded 'voices.json' is empty.");
        return CatalogData.Build(document);
    }

    private sealed record CatalogData(
        IReadOnlyList<TtsModel> Models,
        IReadOnlyList<SystemVoice> Voices,
        FrozenDictionary<string, TtsModel> ModelsByName,
        FrozenDictionary<string, SystemVoice> VoicesByName)
    {
        public static CatalogData Build(CatalogDocument document)
        {
            var voicesByName = document.Voices.ToFrozenDictionary(v => v.Name, StringComparer.Ordinal);
            var models = document.Models.Select(entry => new TtsModel(
                entry.Name, entry.Api, entry.VoiceKind, entry.RequestsPerMinute, entry.TokensPerMinute, entry.Billing, entry.AliasOf,
                entry.ResponseFormats, entry.SampleRates, entry.SupportsInstructions, entry.SupportsAudioParameters,
                ResolveVoiceSet(document, voicesByName, entry), entry.IsLegacy)).ToList();
            return new CatalogData(models, document.Voices, models.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal), voicesByName);
        }

        private static SystemVoice[] ResolveVoiceSet(
            CatalogDocument document, FrozenDictionary<string, SystemVoice> voicesByName, CatalogModelEntry entry)
        {
            if (entry.VoiceSet is null)
            {
                return [];
            }

            if (!document.VoiceSets.TryGetValue(entry.VoiceSet, out var names))
            {
                throw new InvalidOperationException($"voices.json: model '{entry.Name}' names unknown voice set '{entry.VoiceSet}'.");
            }

            return names.Select(name => voicesByName.TryGetValue(name, out var voice)
                ? voice
                : throw new InvalidOperationException($"voices.json: voice set '{entry.VoiceSet}' names unknown voice '{name}'.")).ToArray();
        }
    }
}
