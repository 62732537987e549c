namespace Audiobook.TtsServer.Synthesis;

/// <summary>The espeak-ng variants used for voices, grouped by character. Figures measured with espeak-ng 1.51 (docs/tts-server.md).</summary>
internal static class EspeakVariants
{
    public static readonly EspeakVariant[] YoungFemale =
    [
        new("f2", 193, 3723), new("f3", 208, 3114), new("Andrea", 245, 4745), new("belinda", 228, 4300),
        new("linda", 228, 4267), new("steph2", 183, 4921), new("anika", 268, 3881), new("Annie", 237, 3148),
    ];

    public static readonly EspeakVariant[] AdultFemale =
    [
        new("f4", 178, 3599), new("steph", 183, 3002), new("aunty", 173, 3585), new("f5", 203, 3091),
        new("Alicia", 251, 3321), new("steph3", 183, 5942),
    ];

    public static readonly EspeakVariant[] OldFemale = [new("grandma", 196, 2938), new("f1", 177, 3568)];

    public static readonly EspeakVariant[] Child = [new("Andrea", 245, 4745), new("anika", 268, 3881), new("f3", 208, 3114)];

    public static readonly EspeakVariant[] YoungMale =
    [
        new("m3", 103, 3075), new("m6", 100, 3008), new("Alex", 104, 2732), new("caleb", 101, 2576),
        new("travis", 101, 3672), new("rob", 111, 2449), new("Michael", 106, 3674),
    ];

    public static readonly EspeakVariant[] AdultMale =
    [
        new("m2", 100, 2515), new("m4", 92, 3015), new("m5", 102, 2740), new("m7", 105, 3456), new("Adam", 101, 3037),
        new("benjamin", 101, 2331), new("edward", 100, 3652), new("john", 101, 4952), new("max", 101, 2573),
        new("norbert", 100, 4324), new("robert", 97, 2615), new("Gene", 94, 4315), new("Lee", 95, 3116), new("Mike", 89, 2086),
    ];

    public static readonly EspeakVariant[] DeepMale = [new("david", 75, 1666), new("paul", 84, 6152), new("quincy", 84, 2290), new("m8", 84, 1800)];

    public static readonly EspeakVariant[] OldMale = [new("m1", 92, 2680), new("m8", 84, 1800), new("grandpa", 105, 3121)];

    public static readonly EspeakVariant[] HuskyMale = [new("croak", 104, 2892), new("grandpa", 105, 3121)];
}
