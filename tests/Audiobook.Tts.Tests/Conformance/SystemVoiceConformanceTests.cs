using System.Collections.Concurrent;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class SystemVoiceConformanceTests(LocalServerFixture server) : IClassFixture<LocalServerFixture>, IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task SynthesizeAsync_EverySystemVoiceOfFlashModel_ProducesAudibleSpeech()
    {
        var voices = TtsModelCatalog.VoicesFor(LocalServerFixture.FlashModel);
        Assert.Equal(49, voices.Count);
        var levels = new ConcurrentDictionary<string, (double Rms, double Seconds)>();

        // A few sessions at a time: one session per voice, a short text each.
        await Parallel.ForEachAsync(voices, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (voice, _) =>
        {
            await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit(voice.Name, AudioFormats.Pcm, 16000));
            var audio = await LocalServerFixture.SynthesizeAsync(session, "Good evening, this is a voice check.");
            var pcm = PcmAudio.FromS16Le(audio, 16000);
            levels[voice.Name] = (pcm.RmsDbfs, pcm.DurationSeconds);
        });

        Assert.Equal(voices.Count, levels.Count);
        Assert.All(levels, level =>
        {
            Assert.True(level.Value.Rms > -45, $"{level.Key}: RMS {level.Value.Rms:0.0} dBFS");
            Assert.True(level.Value.Seconds > 0.5, $"{level.Key}: {level.Value.Seconds:0.00} s");
        });
    }

    [Fact]
    public async Task SynthesizeAsync_VoiceWithSpaceInName_IsAccepted()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit("Eldric Sage"));

        var audio = await LocalServerFixture.SynthesizeAsync(session, "A voice whose name has a space.");

        var (_, pcm) = await AudioCheck.AnalyzeAsync(audio, AudioFormats.Pcm, 24000, _files);
        AudioCheck.AssertAudible(pcm, "Eldric Sage");
        Assert.Equal("Eldric Sage", session.Session.Voice);
    }

    public void Dispose() => _files.Dispose();
}
