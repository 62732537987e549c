using Audiobook.Core.Costs;

namespace Audiobook.Tts.Catalog;

/// <summary>One model name from docs/qwen-tts-protocol.md §2.1 with its limits and capabilities.</summary>
/// <param name="Name">The model name as sent in <c>?model=</c> or <c>target_model</c>.</param>
/// <param name="Api">Which API the name belongs to.</param>
/// <param name="VoiceKind">Which voices a session of this model accepts.</param>
/// <param name="RequestsPerMinute">The documented RPM limit (§6).</param>
/// <param name="TokensPerMinute">The documented TPM limit, if any.</param>
/// <param name="Billing">Characters or tokens (§9).</param>
/// <param name="AliasOf">The snapshot a stable alias currently points to, if it is an alias.</param>
/// <param name="ResponseFormats">Allowed <c>response_format</c> values.</param>
/// <param name="SampleRates">Allowed <c>sample_rate</c> values.</param>
/// <param name="SupportsInstructions">Whether <c>instructions</c>/<c>optimize_instructions</c> are accepted.</param>
/// <param name="SupportsAudioParameters">Whether <c>speech_rate</c>, <c>volume</c>, <c>pitch_rate</c> and <c>bit_rate</c> are accepted.</param>
/// <param name="SystemVoices">The system voices, in table order (empty for cloned/designed-voice models).</param>
/// <param name="IsLegacy">An obsolete model still named in old pages.</param>
public sealed record TtsModel(
    string Name,
    TtsApi Api,
    VoiceKind VoiceKind,
    int RequestsPerMinute,
    int? TokensPerMinute,
    BillingUnit Billing,
    string? AliasOf,
    IReadOnlyList<string> ResponseFormats,
    IReadOnlyList<int> SampleRates,
    bool SupportsInstructions,
    bool SupportsAudioParameters,
    IReadOnlyList<SystemVoice> SystemVoices,
    bool IsLegacy);
