namespace Audiobook.Tts.Catalog;

/// <summary>A built-in voice of the Qwen realtime TTS models, from <c>config/voices.json</c>.</summary>
/// <param name="Name">The <c>voice</c> value on the wire, case-sensitive, possibly with a space (<c>Eldric Sage</c>).</param>
/// <param name="DisplayName">The Chinese display name (音色名), e.g. <c>芊悦</c>.</param>
/// <param name="Description">The Chinese description from the voice table.</param>
/// <param name="Gender">女性 or 男性 in the table.</param>
/// <param name="Age">Age hint derived from the description.</param>
/// <param name="Dialect">The Chinese variety spoken for Chinese text.</param>
/// <param name="Languages">Supported <c>language_type</c> values (English names, e.g. <c>Chinese</c>).</param>
/// <param name="Traits">Style words derived from the description (<c>deep</c>, <c>slow</c>, <c>bright</c>, …).</param>
public sealed record SystemVoice(
    string Name,
    string DisplayName,
    string Description,
    VoiceGender Gender,
    VoiceAge Age,
    VoiceDialect Dialect,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Traits);
