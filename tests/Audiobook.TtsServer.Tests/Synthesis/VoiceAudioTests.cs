using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Synthesis;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Synthesis;

/// <summary>Voices and audio parameters measurably change the audio (real espeak-ng through the real server).</summary>
public sealed class VoiceAudioTests : IAsyncLifetime
{
    private const string English = "The quick brown fox jumps over the lazy dog. She sells sea shells by the sea shore.";
    private LocalTtsServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServers.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TwoVoices_SameText_DifferentAudioAndFemaleHigher()
    {
        var cherry = await PcmAsync(new { voice = "Cherry", mode = "commit", language_type = "English" }, English);
        var ethan = await PcmAsync(new { voice = "Ethan", mode = "commit", language_type = "English" }, English);

        Assert.NotEqual(cherry, ethan);
        Assert.True(F0(cherry) > 1.5 * F0(ethan), $"Cherry {F0(cherry):F0} Hz vs Ethan {F0(ethan):F0} Hz");
    }

    [Fact]
    public async Task SameVoiceTwice_IdenticalAudio()
    {
        var first = await PcmAsync(new { voice = "Katerina", mode = "commit" }, "Deterministic.");
        var second = await PcmAsync(new { voice = "Katerina", mode = "commit" }, "Deterministic.");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ChildAndOldMan_PitchFollowsCharacter()
    {
        var child = F0(await PcmAsync(new { voice = "Bella", mode = "commit", language_type = "English" }, English));
        var oldMan = F0(await PcmAsync(new { voice = "Eldric Sage", mode = "commit", language_type = "English" }, English));

        Assert.True(child > 2 * oldMan, $"Bella {child:F0} Hz vs Eldric Sage {oldMan:F0} Hz");
    }

    [Fact]
    public async Task Rocky_ChineseText_SpokenAsCantonese()
    {
        const string text = "今天天气很好，我们去喝茶。";
        var rocky = await PcmAsync(new { voice = "Rocky", mode = "commit", language_type = "Chinese" }, text);
        var voice = EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice("Rocky")!);
        using var processes = new ProcessTracker(new ServerStatistics());
        var synthesizer = new SpeechSynthesizer(processes, "espeak-ng");

        var cantonese = await SynthesizeAsync(synthesizer, new SynthesisRequest(text, voice, "Chinese", 1, 1, 50, 24000));
        var mandarin = await SynthesizeAsync(synthesizer, new SynthesisRequest(text, voice with { Cantonese = false }, "Chinese", 1, 1, 50, 24000));

        Assert.Equal(cantonese, rocky);
        Assert.NotEqual(mandarin, rocky);
    }

    [Fact]
    public async Task SpeechRate_HalfVersusDouble_DurationRatioNearFour()
    {
        var slow = await PcmAsync(new { voice = "Cherry", mode = "commit", speech_rate = 0.5 }, English);
        var fast = await PcmAsync(new { voice = "Cherry", mode = "commit", speech_rate = 2.0 }, English);

        Assert.InRange(slow.Length / (double)fast.Length, 3.0, 5.0);
    }

    [Fact]
    public async Task PitchRate_HalfVersusDouble_F0RatioNearFour()
    {
        var low = await PcmAsync(new { voice = "Serena", mode = "commit", pitch_rate = 0.5 }, English);
        var normal = await PcmAsync(new { voice = "Serena", mode = "commit" }, English);
        var high = await PcmAsync(new { voice = "Serena", mode = "commit", pitch_rate = 2.0 }, English);

        Assert.InRange(F0(high) / F0(low), 3.2, 4.8);
        Assert.InRange(F0(high) / F0(normal), 1.6, 2.4);
        Assert.InRange(low.Length / (double)high.Length, 0.8, 1.25);
    }

    [Fact]
    public async Task Volume_QuarterVersusFull_RmsRatioNearFour()
    {
        var quiet = await PcmAsync(new { voice = "Cherry", mode = "commit", volume = 25 }, English);
        var unity = await PcmAsync(new { voice = "Cherry", mode = "commit", volume = 50 }, English);
        var loud = await PcmAsync(new { voice = "Cherry", mode = "commit", volume = 100 }, English);
        var silent = await PcmAsync(new { voice = "Cherry", mode = "commit", volume = 0 }, English);

        Assert.InRange(Rms(unity) / Rms(quiet), 1.9, 2.1);
        Assert.InRange(Rms(loud) / Rms(quiet), 3.3, 4.1);
        Assert.Equal(0, Rms(silent));
    }

    [Fact]
    public async Task InstructModel_DeepSlowInstruction_LowerAndLonger()
    {
        var plain = await PcmAsync(new { voice = "Cherry", mode = "commit" }, English, "qwen3-tts-instruct-flash-realtime");
        var styled = await PcmAsync(new { voice = "Cherry", mode = "commit", instructions = "Read slowly in a deep voice." }, English, "qwen3-tts-instruct-flash-realtime");

        Assert.True(F0(styled) < 0.95 * F0(plain));
        Assert.True(styled.Length > 1.1 * plain.Length);
    }

    private async Task<short[]> PcmAsync(object session, string text, string model = "qwen3-tts-flash-realtime") =>
        Pcm16.ToSamples((await TestServers.SynthesizeAsync(_server, session, text, model)).Audio());

    private static async Task<short[]> SynthesizeAsync(SpeechSynthesizer synthesizer, SynthesisRequest request)
    {
        var samples = new List<short>();
        await foreach (var chunk in synthesizer.SynthesizeAsync(request, CancellationToken.None))
        {
            samples.AddRange(chunk);
        }

        return [.. samples];
    }

    private static double F0(short[] samples) => PitchEstimator.EstimateMedianF0(samples, 24000) ?? throw new InvalidOperationException("unvoiced");

    private static double Rms(short[] samples) => Pcm16.Rms(samples);
}
