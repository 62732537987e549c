using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

/// <summary>Every variant a cloned voice can get reaches the reference sample's F0 (real espeak-ng through the real synthesizer). A cloned
/// voice's variant follows from its id, which holds the creation time and random hex, so each variant must be right on its own.</summary>
public sealed class VariantPitchTests
{
    private const string Text = "This is my reference recording. I read a few sentences so the service can learn the sound of my voice.";

    public static TheoryData<string, double> Targets()
    {
        var data = new TheoryData<string, double>();
        foreach (var variant in EspeakVariants.AdultMale)
        {
            data.Add(variant.Name, 81);
            data.Add(variant.Name, 130);
        }

        foreach (var variant in EspeakVariants.AdultFemale)
        {
            data.Add(variant.Name, 200);
            data.Add(variant.Name, 279);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task ClonedPoolVariant_TargetF0_ReachedWithinEightPercent(string variantName, double targetF0)
    {
        var variant = EspeakVariants.AdultMale.Concat(EspeakVariants.AdultFemale).First(v => v.Name == variantName);
        var voice = new EspeakVoice(variant, targetF0, 1, 0, 100, false);
        using var processes = new ProcessTracker(new ServerStatistics());
        var synthesizer = new SpeechSynthesizer(processes, "espeak-ng");

        var samples = new List<short>();
        await foreach (var chunk in synthesizer.SynthesizeAsync(new SynthesisRequest(Text, voice, "English", 1, 1, 50, 24000), CancellationToken.None))
        {
            samples.AddRange(chunk);
        }

        var f0 = PitchEstimator.EstimateMedianF0([.. samples], 24000)!.Value;
        Assert.InRange(f0 / targetF0, 0.92, 1.08);
    }
}
