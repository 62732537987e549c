using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Audiobook.TtsServer;

namespace Audiobook.Jobs.Tests;

/// <summary>A worker process's <c>/metrics</c> after a render, against what the TTS server and the store saw.</summary>
public sealed class WorkerMetricsTests(WorkerMetricsTests.Fixture service) : IClassFixture<WorkerMetricsTests.Fixture>
{
    /// <summary>Every 5th response fails with an error event and every 3rd handshake is throttled, so retries and
    /// throttles happen; a shared limit of 300 requests a minute makes takes wait.</summary>
    public sealed class Fixture : ServiceFixture
    {
        protected override LocalTtsServerOptions TtsOptions => new() { Faults = new FaultInjectionOptions { ErrorEveryNthResponse = 5, ThrottleEveryNthConnection = 3 } };

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Rendering:RequestsPerMinute"] = "300",
            ["Metrics:SampleInterval"] = "00:00:00.500",
        };
    }

    [Fact]
    public async Task Metrics_AfterARenderWithFaults_CountWhatTheServerAndTheStoreSaw()
    {
        var publisher = await service.AddPublisherAsync("Metrics Books");
        var book = await service.ImportAsync(publisher.Id, "metrics.md", TestBooks.Markdown("Metrics", 2, 8, seed: 3001));
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan" });
        var port = FreePorts.Next();
        await using var worker = service.StartWorkerProcess(workers: 2, new Dictionary<string, string?> { ["Worker:Urls"] = $"http://127.0.0.1:{port}" });
        var done = await service.FinishedAsync(render.Id, TimeSpan.FromMinutes(5));
        Assert.True(done.State == RenderState.Succeeded, done.Error);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        // The renders gauge is sampled: wait for the sample that saw the render finish.
        var text = await Await.UntilAsync(
            () => http.GetStringAsync(new Uri("/metrics", UriKind.Relative)),
            t => PrometheusText.Sum(t, "audiobook_renders", "state=\"succeeded\"") == 1,
            "the renders gauge to show the render succeeded");

        var server = service.Tts.Statistics.Snapshot();
        var chapters = await service.ChaptersAsync(render.Id);
        var segments = chapters.Sum(c => c.SegmentsTotal);
        Assert.Equal(segments, PrometheusText.Sum(text, "audiobook_tts_requests_total", "outcome=\"ok\""));
        Assert.Equal(book.BilledCharacters, PrometheusText.Sum(text, "audiobook_tts_billed_characters_total"));
        Assert.Equal(server.BilledCharacters, PrometheusText.Sum(text, "audiobook_tts_billed_characters_total"));
        // Each injected fault (error event or throttled handshake) was one failed request, then one retry.
        Assert.True(server.FaultsInjected > 0, "the server injected no fault");
        Assert.Equal(server.FaultsInjected, PrometheusText.Sum(text, "audiobook_tts_requests_total", "outcome=\"failed\""));
        Assert.Equal(server.FaultsInjected, PrometheusText.Sum(text, "audiobook_tts_retries_total"));
        Assert.True(server.Throttled > 0, "the server throttled no handshake");
        Assert.Equal(server.Throttled, PrometheusText.Sum(text, "audiobook_tts_throttles_total"));
        Assert.Equal(server.Throttled, PrometheusText.Sum(text, "audiobook_tts_retries_total", "reason=\"throttled\""));
        Assert.True(PrometheusText.Sum(text, "audiobook_ratelimit_waits_total") > 0, "no take from the shared bucket waited");
        // Both chapters ran once and succeeded; none is in flight any more.
        Assert.Equal(chapters.Count, PrometheusText.Sum(text, "audiobook_chapter_duration_seconds_count", "outcome=\"succeeded\""));
        Assert.Equal(0, PrometheusText.Sum(text, "audiobook_chapters_in_flight"));
        // Bytes written are the deliverables' sizes in the store.
        var folder = Path.Combine(service.StoreRoot, done.OutputKey);
        Assert.Equal(chapters.SelectMany(c => c.Files).Sum(f => new FileInfo(Path.Combine(folder, f)).Length), PrometheusText.Sum(text, "audiobook_output_bytes_total", "kind=\"chapter\""));
        Assert.Equal(new FileInfo(Path.Combine(folder, done.M4bFile!)).Length, PrometheusText.Sum(text, "audiobook_output_bytes_total", "kind=\"book\""));
        Assert.Equal(0, PrometheusText.Sum(text, "audiobook_queue_length", "queue=\"c_chapter\""));
    }

}
