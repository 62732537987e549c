using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Rendering.Tests.EndToEnd;

/// <summary>The local server's fault injection against the real render path: transient faults are absorbed,
/// permanent ones stop the run with the server's own error.</summary>
public sealed class FaultToleranceTests
{
    [Fact]
    public async Task RenderAsync_ServerDropsErrorsAndThrottles_CompletesWithTheSameAudio()
    {
        await using var clean = await RenderHarness.StartAsync();
        var book = RenderHarness.SampleBook();
        var reference = clean.Output("reference");
        await clean.RenderAsync(book, clean.Settings(reference, OutputFormats.Mp3));

        await using var faulty = await RenderHarness.StartAsync(new LocalTtsServerOptions
        {
            Faults = new FaultInjectionOptions
            {
                // Every-Nth faults, not probabilities: concurrent sessions draw from one random sequence in whatever
                // order they run, so a seeded probability could now and then fail one segment past its retry limit.
                DropEveryNthResponse = 5,
                ErrorEveryNthResponse = 7,
                ThrottleEveryNthConnection = 4,
            },
        });
        var output = faulty.Output("faulty");
        var result = await faulty.RenderAsync(book, faulty.Settings(output, OutputFormats.Mp3));

        Assert.True(faulty.Server.Statistics.FaultsInjected > 0, "the server injected no fault, so the test proves nothing");
        Assert.True(result.Retries > 0, "injected faults must be retried and counted");
        Assert.Equal(result.Retries, result.Manifest.Totals.RetriesThisRun);
        Assert.Empty(result.Manifest.Suspicious);
        Assert.Equal(await OutputFingerprint.OfAsync(reference), await OutputFingerprint.OfAsync(output));
    }

    [Fact]
    public async Task RenderAsync_UnknownVoice_StopsAtOnceWithThePermanentError()
    {
        await using var harness = await RenderHarness.StartAsync();
        var output = harness.Output("bad-voice");
        var settings = harness.Settings(output) with { Voice = new Core.Voices.VoiceSettings("qwen3-tts-flash-realtime", "NoSuchVoice") };

        var error = await Assert.ThrowsAsync<TtsException>(() => harness.RenderAsync(RenderHarness.SampleBook(), settings));

        Assert.False(error.IsRetryable);
        Assert.Contains("NoSuchVoice", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "manifest.json")));
        Assert.False(Directory.Exists(Path.Combine(output, "mp3")) && Directory.EnumerateFiles(Path.Combine(output, "mp3")).Any());
    }
}
