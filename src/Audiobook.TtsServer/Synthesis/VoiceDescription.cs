using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>What <see cref="VoiceDescriptionParser"/> understood of a voice prompt or an instruction.</summary>
internal sealed record VoiceDescription(VoiceGender? Gender, VoiceAge? Age, IReadOnlySet<string> Traits)
{
    /// <summary>The character used to build a designed voice; a missing gender is chosen from the key, a missing age is adult.</summary>
    public VoiceCharacter ToCharacter(string key) => new(
        Gender ?? (StableHash.Of(key) % 2 == 0 ? VoiceGender.Female : VoiceGender.Male),
        Age ?? VoiceAge.Adult,
        Traits);

    /// <summary>Pitch multiplier an instruction applies on top of a voice (deep 0.88, high/bright 1.12).</summary>
    public double PitchMultiplier => (Traits.Contains("deep") ? 0.88 : 1) * (Traits.Contains("high") || Traits.Contains("bright") ? 1.12 : 1);

    /// <summary>Speed multiplier an instruction applies on top of a voice (slow 0.85, fast 1.15).</summary>
    public double SpeedMultiplier => (Traits.Contains("slow") ? 0.85 : 1) * (Traits.Contains("fast") ? 1.15 : 1);
}
