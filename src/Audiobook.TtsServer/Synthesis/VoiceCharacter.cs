using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>What a voice sounds like in words: from the catalog (system voices) or parsed from a voice-design prompt.
/// <see cref="Traits"/> uses the catalog's vocabulary: deep, high, bright, soft, husky, slow, fast, calm, lively, loud, whisper.</summary>
internal sealed record VoiceCharacter(VoiceGender Gender, VoiceAge Age, IReadOnlySet<string> Traits)
{
    public bool Has(string trait) => Traits.Contains(trait);
}
