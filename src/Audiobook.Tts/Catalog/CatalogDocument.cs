namespace Audiobook.Tts.Catalog;

/// <summary>The shape of <c>config/voices.json</c>.</summary>
internal sealed record CatalogDocument
{
    public IReadOnlyList<CatalogModelEntry> Models { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> VoiceSets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<SystemVoice> Voices { get; init; } = [];
}
