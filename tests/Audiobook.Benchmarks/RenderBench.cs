using System.Diagnostics;
using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;
using Audiobook.Core.Voices;
using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Rendering;
using Audiobook.Rendering.Synthesis;
using Audiobook.Rendering.Synthesis.Retry;
using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Benchmarks;

/// <summary>Runs one render of a book through the embedded server in-process, as the CLI does.</summary>
internal static class RenderBench
{
    /// <summary>The voice every render benchmark speaks with.</summary>
    public static VoiceSettings Voice { get; } = new("qwen3-tts-flash-realtime", "Ethan");

    public static async Task<(RenderResult Result, TimeSpan Elapsed)> RenderAsync(
        LocalTtsServer server, Book book, string output, string cache, int concurrency, OutputFormats formats, CancellationToken cancellationToken,
        MasteringProfile? profile = null)
    {
        var voice = Voice;
        await using var synthesizer = CreateSynthesizer(server, concurrency);
        await using var encoder = new AudioEncoder(new EncoderOptions());
        var renderer = new BookRenderer(synthesizer, encoder, TimeProvider.System);
        var watch = Stopwatch.StartNew();
        var chapters = new BookSegmenter(new SegmenterOptions()).Segment(book);
        var settings = new RenderSettings
        {
            Voice = voice,
            Profile = profile ?? MasteringProfiles.Get("audiobook"),
            OutputDirectory = output,
            CacheDirectory = cache,
            Formats = formats,
            Concurrency = concurrency,
        };
        var result = await renderer.RenderAsync(book, chapters, settings, null, cancellationToken).ConfigureAwait(false);
        return (result, watch.Elapsed);
    }

    /// <summary>The render's synthesizer against <paramref name="server"/>: <paramref name="sessions"/> sessions, no rate limit.</summary>
    public static RealtimeSegmentSynthesizer CreateSynthesizer(LocalTtsServer server, int sessions) =>
        new(new SessionPoolSettings { Client = new TtsClientOptions { ApiKey = "bench", BaseUrl = server.RealtimeUri }, Voice = Voice, MaxSessions = sessions },
            UnlimitedRateLimiter.Instance, new SynthesisRetryOptions(), TimeProvider.System);

    /// <summary>A local server without the documented RPM limits: the benchmark measures the pipeline, not the quota.</summary>
    public static Task<LocalTtsServer> StartServerAsync(CancellationToken cancellationToken) =>
        LocalTtsServer.StartAsync(new LocalTtsServerOptions { RateLimits = new RateLimitOptions { Enabled = false } }, cancellationToken);
}
