using Audiobook.Core.Costs;

namespace Audiobook.Tts.Catalog;

/// <summary>One entry of <c>models</c> in <c>config/voices.json</c>; <see cref="VoiceSet"/> names a list in <c>voiceSets</c>.</summary>
internal sealed record CatalogModelEntry
{
    public string Name { get; init; } = "";
    public TtsApi Api { get; init; }
    public VoiceKind VoiceKind { get; init; }
    public int RequestsPerMinute { get; init; }
    public int? TokensPerMinute { get; init; }
    public BillingUnit Billing { get; init; }
    public string? AliasOf { get; init; }
    public IReadOnlyList<string> ResponseFormats { get; init; } = [];
    public IReadOnlyList<int> SampleRates { get; init; } = [];
    public bool SupportsInstructions { get; init; }
    public bool SupportsAudioParameters { get; init; }
    public string? VoiceSet { get; init; }
    public bool IsLegacy { get; init; }
    public string? Notes { get; init; }
}
