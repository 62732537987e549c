using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.TtsServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Audiobook.Chaos.Tests;

/// <summary>Load on the running service: 50 renders submitted at once by 5 publishers while 50 followers poll their
/// progress. Nothing may be lost; the status query's latency is measured and reported (docs/benchmarks/service.md),
/// not asserted. Submissions and queries go through the services the CLI uses (RenderSubmitter, RenderQueries); once
/// the REST API exists they switch to POST /api/renders and GET /api/renders/{id} on the dashboard.</summary>
[Collection(RunningServiceGroup.Name)]
public sealed class LoadTests(RunningService stack, ITestOutputHelper output)
{
    private const int Publishers = 5;
    private const int RendersPerPublisher = 10;

    [Fact]
    public async Task FiftyRendersByFivePublishers_FiftyFollowers_NothingLostAndEachChapterOnce()
    {
        await stack.RestartTtsAsync(new FaultInjectionOptions());
        var publishers = new List<Publisher>();
        var books = new List<Book>();
        for (var p = 0; p < Publishers; p++)
        {
            var publisher = await stack.ReadAsync(sp => sp.GetRequiredService<PublisherDirectory>().AddAsync($"Load Publisher {p}", null, null, CancellationToken.None));
            publishers.Add(publisher);
            for (var b = 0; b < RendersPerPublisher; b++)
            {
                var source = TestBooks.Markdown($"Load {p} {b}", 2, 2, seed: 9000 + (p * 100) + b);
                books.Add(await stack.ReadAsync(sp => sp.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, $"load-{p}-{b}.md", new MemoryStream(source), CancellationToken.None)));
            }
        }

        var billedBefore = stack.BilledCharacters;
        var clock = Stopwatch.StartNew();
        // All 50 at once, each publisher's from its own caller, as 5 publishers' clients would.
        var renders = await Task.WhenAll(books.Select(b => stack.ReadAsync(sp => sp.GetRequiredService<RenderSubmitter>().SubmitAsync(b.PublisherId, new RenderRequest { BookId = b.Id, Voice = "Ethan" }, CancellationToken.None))));
        var latencies = new ConcurrentBag<double>();
        await Task.WhenAll(renders.Select(r => FollowAsync(r.Id, latencies)));
        clock.Stop();

        var ids = renders.Select(r => r.Id).ToList();
        var publisherIds = publishers.Select(p => p.Id).ToList();
        var stored = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Renders.AsNoTracking().Where(r => publisherIds.Contains(r.PublisherId)).ToListAsync());
        var chapters = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderChapters.AsNoTracking().Where(c => ids.Contains(c.RenderId)).ToListAsync());
        var events = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderEvents.AsNoTracking().Where(e => ids.Contains(e.RenderId) && e.Kind == RenderEventKinds.ChapterSucceeded).ToListAsync());

        var sorted = latencies.Order().ToList();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {renders.Length} renders by {Publishers} publishers, {renders.Length} followers | {stored.Count(r => r.State == RenderState.Succeeded)}/{renders.Length} | {sorted.Count} | {Percentile(sorted, 0.5):F1} | {Percentile(sorted, 0.95):F1} | {sorted[^1]:F1} | {clock.Elapsed.TotalSeconds:F0} s |");
        ChaosReport.Append($"## Load ({TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC)\n\n| run | succeeded | status queries | p50 ms | p95 ms | max ms | all done in |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n{line}\n");
        output.WriteLine(line);

        Assert.Equal(Publishers * RendersPerPublisher, stored.Count);
        Assert.All(stored, r => Assert.True(r.State == RenderState.Succeeded, $"{r.Id}: {r.State} {r.Error}"));
        Assert.Equal(books.Sum(b => b.Chapters.Count), chapters.Count);
        Assert.Equal(chapters.Count, events.Count);
        Assert.Equal(chapters.Count, events.Select(e => (e.RenderId, e.ChapterNumber)).Distinct().Count());
        // Nothing was paid twice: no fault, so the server billed exactly the books' characters.
        Assert.Equal(books.Sum(b => b.BilledCharacters), stack.BilledCharacters - billedBefore);
    }

    /// <summary>One follower: the status query (<c>audiobook status --json</c>'s) every 250 ms until the render ends.</summary>
    private async Task FollowAsync(Guid renderId, ConcurrentBag<double> latencies)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(10);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            var detail = await stack.ReadAsync(sp => sp.GetRequiredService<RenderQueries>().FindAsync(renderId, 10, CancellationToken.None));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (detail?.Summary.Render.State is RenderState.Succeeded or RenderState.Failed or RenderState.Cancelled)
            {
                return;
            }

            await Task.Delay(250);
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
