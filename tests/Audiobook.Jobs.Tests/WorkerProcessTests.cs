using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.TtsServer;

namespace Audiobook.Jobs.Tests;

/// <summary>The service as operators run it: real <c>audiobook worker</c> processes sharing one database, store and
/// segment cache, killed and stopped the way machines die and deploys happen.</summary>
public sealed class WorkerProcessTests(WorkerProcessTests.Fixture service) : IClassFixture<WorkerProcessTests.Fixture>
{
    /// <summary>Sentences per chapter for the tests that catch a chapter half done: about 48 segments, so the window they
    /// wait for (a few segments in, a few from the end) spans many one-second progress writes on any machine. With 24
    /// sentences (12 segments) a fast machine jumped over a 4-segment window between two writes and the test waited in vain.</summary>
    private const int LongChapter = 96;

    /// <summary>Synthesis slowed a little, so a chapter can be caught half done.</summary>
    public sealed class Fixture : ServiceFixture
    {
        protected override LocalTtsServerOptions TtsOptions => new() { Faults = new FaultInjectionOptions { AddedLatency = TimeSpan.FromMilliseconds(60) } };
    }

    [Fact]
    public async Task ThirtyRendersByThreePublishers_TwoWorkerProcesses_EveryChapterRenderedExactlyOnce()
    {
        var publishers = await Task.WhenAll(Enumerable.Range(1, 3).Select(p => service.AddPublisherAsync($"Load Publisher {p}")));
        var books = new List<Book>();
        for (var i = 0; i < 30; i++)
        {
            books.Add(await service.ImportAsync(publishers[i % 3].Id, $"book-{i}.md", TestBooks.Markdown($"Book {i}", 2, 3, seed: 1000 + i)));
        }

        var billedBefore = service.Tts.Statistics.CharactersBilled;
        // All submitted at once, from concurrent callers.
        var renders = await Task.WhenAll(books.Select(b => service.SubmitAsync(b.PublisherId, new RenderRequest { BookId = b.Id, Voice = "Ethan" })));
        await using var first = service.StartWorkerProcess(workers: 2);
        await using var second = service.StartWorkerProcess(workers: 2);

        foreach (var render in renders)
        {
            var done = await service.FinishedAsync(render.Id, TimeSpan.FromMinutes(10));
            Assert.True(done.State == RenderState.Succeeded, $"{render.Id}: {done.State} {done.Error}");
            var chapters = await service.ChaptersAsync(render.Id);
            Assert.All(chapters, c => Assert.Equal(1, c.Attempts));
            var events = await service.EventsAsync(render.Id);
            Assert.Equal(chapters.Count, events.Count(e => e.Kind == RenderEventKinds.ChapterSucceeded));
            Assert.Equal(1, events.Count(e => e.Kind == RenderEventKinds.Succeeded));
        }

        // Nothing was paid twice: the server billed exactly the books' characters.
        Assert.Equal(books.Sum(b => b.BilledCharacters), service.Tts.Statistics.CharactersBilled - billedBefore);
        // Both processes did work.
        var workers = (await Task.WhenAll(renders.Select(r => service.ChaptersAsync(r.Id)))).SelectMany(c => c).Select(c => c.Worker).Distinct().Count();
        Assert.Equal(2, workers);
    }

    [Fact]
    public async Task WorkerKilledMidChapter_AnotherWorkerFinishesWithoutPayingTwiceAndTheAudioMatchesACleanRun()
    {
        var publisher = await service.AddPublisherAsync("Crash Test Books");
        var source = TestBooks.Markdown("Crash", 2, LongChapter, seed: 2001);
        var book = await service.ImportAsync(publisher.Id, "crash.md", source);
        var billedBefore = service.Tts.Statistics.CharactersBilled;
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan" });
        var sessions = 2;
        var settings = new Dictionary<string, string?> { ["Worker:Sessions"] = sessions.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        await using (var doomed = service.StartWorkerProcess(workers: 1, settings))
        {
            var running = await Await.UntilAsync(
                () => service.ChaptersAsync(render.Id),
                c => c.Any(x => x.State == ChapterRunState.Running && x.SegmentsDone >= 6 && x.SegmentsDone < x.SegmentsTotal - 4),
                "a chapter to be half done",
                describe: Describe.Chapters);
            Assert.Contains(running, c => c.Worker is not null && c.Worker.EndsWith(":" + doomed.Id, StringComparison.Ordinal));
            await doomed.KillAsync();
        }

        await using var survivor = service.StartWorkerProcess(workers: 1, settings);
        var done = await service.FinishedAsync(render.Id, TimeSpan.FromMinutes(5));

        Assert.True(done.State == RenderState.Succeeded, done.Error);
        var chapters = await service.ChaptersAsync(render.Id);
        Assert.Equal(2, chapters.Max(c => c.Attempts)); // the killed chapter was taken over
        var events = await service.EventsAsync(render.Id);
        Assert.Equal(chapters.Count, events.Count(e => e.Kind == RenderEventKinds.ChapterSucceeded));
        // Segments finished before the kill came from the cache: at most the ones in flight (one per session) were paid twice.
        var prepared = Submissions.BookPreparation.Prepare(source, "crash.md", null, Core.Lexicons.Lexicon.Empty, Ingest.IngestOptions.Default, new Core.Segmentation.SegmenterOptions());
        var largestSegment = prepared.Chapters.SelectMany(c => c.Segments).Max(s => Core.Costs.BillingCounter.Count(s.Text));
        var billed = service.Tts.Statistics.CharactersBilled - billedBefore;
        Assert.InRange(billed, book.BilledCharacters, book.BilledCharacters + (sessions * largestSegment));

        // The audio equals a clean run of the same book by the local `audiobook render` (fresh cache, own engine).
        var clean = await CleanRender.RunAsync(source, "crash.md", "Ethan", service.StoreRoot);
        foreach (var chapter in chapters)
        {
            var mp3 = chapter.Files.Single(f => f.EndsWith(".mp3", StringComparison.Ordinal));
            Assert.Equal(
                await Audio.DecodedSha256Async(Path.Combine(clean, mp3)),
                await Audio.DecodedSha256Async(Path.Combine(service.StoreRoot, done.OutputKey, mp3)));
        }
    }

    [Fact]
    public async Task WorkerStoppedWithSigterm_HandsItsChapterBackAndAnotherWorkerFinishes()
    {
        var publisher = await service.AddPublisherAsync("Deploy Day Books");
        var book = await service.ImportAsync(publisher.Id, "deploy.md", TestBooks.Markdown("Deploy", 2, LongChapter, seed: 2002));
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan" });
        var settings = new Dictionary<string, string?> { ["Worker:StopTimeout"] = "00:00:00", ["Worker:Sessions"] = "2" };

        await using (var leaving = service.StartWorkerProcess(workers: 1, settings))
        {
            await Await.UntilAsync(
                () => service.ChaptersAsync(render.Id),
                c => c.Any(x => x.State == ChapterRunState.Running && x.SegmentsDone >= 4 && x.SegmentsDone < x.SegmentsTotal - 4),
                "a chapter to be under way",
                describe: Describe.Chapters);
            await leaving.TerminateAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, leaving.ExitCode);
        }

        var events = await service.EventsAsync(render.Id);
        Assert.Contains(events, e => e.Kind == RenderEventKinds.ChapterHandedBack);
        var handedBack = await service.ChaptersAsync(render.Id);
        Assert.DoesNotContain(handedBack, c => c.State == ChapterRunState.Running);

        await using var next = service.StartWorkerProcess(workers: 1, settings);
        var done = await service.FinishedAsync(render.Id, TimeSpan.FromMinutes(5));
        Assert.True(done.State == RenderState.Succeeded, done.Error);
    }
}
