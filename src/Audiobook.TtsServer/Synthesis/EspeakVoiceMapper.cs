using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Turns a voice's character (system and designed voices) or a reference sample's measurements (cloned voices) into
/// deterministic espeak-ng settings: a variant from the matching pool, a target F0, a speed factor, a word gap and an amplitude.</summary>
internal static class EspeakVoiceMapper
{
    /// <summary>Below this median F0 a reference sample is treated as a male voice.</summary>
    public const double MaleF0Threshold = 165;

    private const double ReferenceRms = 3000;

    public static EspeakVoice ForSystemVoice(SystemVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        var character = new VoiceCharacter(voice.Gender, voice.Age, voice.Traits.ToHashSet(StringComparer.Ordinal));
        return FromCharacter(voice.Name, character, voice.Dialect == VoiceDialect.Cantonese);
    }

    public static EspeakVoice FromCharacter(string key, VoiceCharacter character, bool cantonese)
    {
        var variant = Pick(PoolFor(character), key);
        var f0 = BaseF0(character.Gender, character.Age)
            * (character.Has("deep") ? 0.85 : 1)
            * (character.Has("high") ? 1.12 : 1)
            * (character.Has("bright") ? 1.06 : 1)
            * (character.Has("husky") ? 0.92 : 1)
            * (1 + 0.05 * StableHash.Jitter(key, "pitch"));
        var speed = (character.Age switch { VoiceAge.Young => 1.04, VoiceAge.Old => 0.85, _ => 1.0 })
            * (character.Has("slow") ? 0.85 : 1)
            * (character.Has("fast") ? 1.15 : 1)
            * (character.Has("calm") ? 0.93 : 1)
            * (character.Has("lively") ? 1.07 : 1)
            * (1 + 0.04 * StableHash.Jitter(key, "speed"));
        var gap = (character.Has("slow") ? 2 : 0) + (character.Has("calm") ? 1 : 0) + (character.Age == VoiceAge.Old ? 1 : 0);
        var loudness = (character.Has("loud") ? 1.2 : 1) * (character.Has("soft") || character.Has("whisper") ? 0.85 : 1);
        return new EspeakVoice(variant, f0, speed, gap, Amplitude(variant, loudness), cantonese);
    }

    /// <summary>A cloned voice: the reference sample's median F0 decides the gender pool and the target pitch; its pace the speed.</summary>
    public static EspeakVoice FromMeasurements(string key, double medianF0, double speedFactor)
    {
        var pool = medianF0 < MaleF0Threshold ? EspeakVariants.AdultMale : EspeakVariants.AdultFemale;
        var variant = Pick(pool, key);
        return new EspeakVoice(variant, medianF0, Math.Clamp(speedFactor, 0.6, 1.6), 0, Amplitude(variant, 1), Cantonese: false);
    }

    private static EspeakVariant[] PoolFor(VoiceCharacter character) => (character.Gender, character.Age) switch
    {
        (_, VoiceAge.Child) => EspeakVariants.Child,
        (VoiceGender.Male, _) when character.Has("husky") => EspeakVariants.HuskyMale,
        (VoiceGender.Male, VoiceAge.Old) => EspeakVariants.OldMale,
        (VoiceGender.Male, _) when character.Has("deep") => EspeakVariants.DeepMale,
        (VoiceGender.Male, VoiceAge.Young) => EspeakVariants.YoungMale,
        (VoiceGender.Male, _) => EspeakVariants.AdultMale,
        (VoiceGender.Female, VoiceAge.Old) => EspeakVariants.OldFemale,
        (VoiceGender.Female, VoiceAge.Young) => EspeakVariants.YoungFemale,
        _ => EspeakVariants.AdultFemale,
    };

    private static double BaseF0(VoiceGender gender, VoiceAge age) => (gender, age) switch
    {
        (VoiceGender.Female, VoiceAge.Child) => 300,
        (VoiceGender.Male, VoiceAge.Child) => 280,
        (VoiceGender.Female, VoiceAge.Young) => 215,
        (VoiceGender.Female, VoiceAge.Adult) => 195,
        (VoiceGender.Female, VoiceAge.Old) => 170,
        (VoiceGender.Male, VoiceAge.Young) => 120,
        (VoiceGender.Male, VoiceAge.Adult) => 105,
        _ => 90,
    };

    private static EspeakVariant Pick(EspeakVariant[] pool, string key) => pool[StableHash.Of(key) % (uint)pool.Length];

    private static int Amplitude(EspeakVariant variant, double loudness) =>
        (int)Math.Clamp(Math.Round(100 * ReferenceRms / variant.Rms * loudness), 20, 200);
}
