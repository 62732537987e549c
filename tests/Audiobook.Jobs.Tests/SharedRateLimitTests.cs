using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.TtsServer;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Jobs.Tests;

public sealed class SharedRateLimitTests(SharedRateLimitTests.Fixture service) : IClassFixture<SharedRateLimitTests.Fixture>
{
    public const int RequestsPerMinute = 120;

    /// <summary>A server that enforces 120 responses per minute per model, as the real service enforces its RPM.</summary>
    public sealed class Fixture : ServiceFixture
    {
        protected override LocalTtsServerOptions TtsOptions => new()
        {
            RateLimits = new RateLimitOptions { RequestsPerMinute = RequestsPerMinute, RequestUnit = RequestUnit.Response },
        };

        /// <summary>Short segments: many requests for little synthesis.</summary>
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Segmenter:MaxChars"] = "100" };
    }

    [Fact]
    public async Task TwoWorkerProcesses_SharingThePostgresBucket_AreNeverThrottled_WhileWithoutItTheyAre()
    {
        var publisher = await service.AddPublisherAsync("Rate Limited Books");
        var book = await service.ImportAsync(publisher.Id, "limited.md", TestBooks.Markdown("Limited", 4, 14, seed: 4001));
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan" });
        var limited = new Dictionary<string, string?> { ["Rendering:RequestsPerMinute"] = RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Worker:Sessions"] = "4" };

        await using (service.StartWorkerProcess(workers: 2, limited))
        await using (service.StartWorkerProcess(workers: 2, limited))
        {
            var done = await service.FinishedAsync(render.Id, TimeSpan.FromMinutes(5));
            Assert.True(done.State == RenderState.Succeeded, done.Error);
        }

        var chapters = await service.ChaptersAsync(render.Id);
        Assert.Equal(2, chapters.Select(c => c.Worker).Distinct().Count()); // both processes drew from the bucket
        Assert.True(chapters.Sum(c => c.SegmentsTotal) >= RequestsPerMinute / 2, $"{chapters.Sum(c => c.SegmentsTotal)} segments are too few to test the limit");
        Assert.Equal(0, service.Tts.Statistics.Throttled);

        // The control: the same workers without the shared limit are throttled by the server at once.
        var book2 = await service.ImportAsync(publisher.Id, "unlimited.md", TestBooks.Markdown("Unlimited", 6, 40, seed: 4002));
        var render2 = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book2.Id, Voice = "Ethan" });
        var unlimited = new Dictionary<string, string?> { ["Rendering:RequestsPerMinute"] = "0", ["Worker:Sessions"] = "4" };
        await using (service.StartWorkerProcess(workers: 2, unlimited))
        await using (service.StartWorkerProcess(workers: 2, unlimited))
        {
            await Await.UntilAsync(() => Task.FromResult(service.Tts.Statistics.Throttled), t => t > 0, "the server to throttle", TimeSpan.FromMinutes(3));
            await service.WithAsync(sp => sp.GetRequiredService<RenderCommands>().CancelAsync(render2.Id, "test", CancellationToken.None));
        }
    }
}
