using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Jobs.Tests;

public sealed class RenderServiceTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task SubmitNow_WithWorker_RendersEveryChapterOnceAndAssemblesTheBook()
    {
        var publisher = await service.AddPublisherAsync("Acme Books");
        var book = await service.ImportAsync(publisher.Id, "chinese.md", await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "chinese.md")));
        var billedBefore = service.Tts.Statistics.CharactersBilled;
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Cherry" });
        await using var worker = await service.StartWorkerAsync();

        var done = await service.FinishedAsync(render.Id);

        Assert.True(done.State == RenderState.Succeeded, done.Error);
        var chapters = await service.ChaptersAsync(render.Id);
        Assert.Equal(book.Chapters.Count, chapters.Count);
        Assert.All(chapters, c =>
        {
            Assert.Equal(ChapterRunState.Succeeded, c.State);
            Assert.Equal(1, c.Attempts);
            Assert.Equal(c.SegmentsTotal, c.SegmentsDone);
            Assert.NotNull(c.Levels);
        });
        Assert.Equal(chapters.Sum(c => c.BilledCharacters), done.BilledCharacters);
        Assert.Equal(service.Tts.Statistics.CharactersBilled - billedBefore, done.BilledCharacters);
        var folder = Path.Combine(service.StoreRoot, done.OutputKey);
        Assert.True(File.Exists(Path.Combine(folder, done.M4bFile!)));
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
        Assert.All(chapters.SelectMany(c => c.Files), f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
        var events = (await service.EventsAsync(render.Id)).Select(e => e.Kind).ToList();
        Assert.Equal(1, events.Count(k => k == RenderEventKinds.AssemblyEnqueued));
        Assert.Equal(chapters.Count, events.Count(k => k == RenderEventKinds.ChapterSucceeded));
        Assert.Contains(RenderEventKinds.Succeeded, events);
    }

    [Fact]
    public async Task Rerender_OneChapterOfAFinishedRender_RunsOnlyThatChapterFromTheCacheAndReassembles()
    {
        var publisher = await service.AddPublisherAsync("Rerender House");
        var book = await service.ImportAsync(publisher.Id, "rerender.md", TestBooks.Markdown("Rerender", 3, 6, seed: 71));
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan" });
        await using var worker = await service.StartWorkerAsync();
        var first = await service.FinishedAsync(render.Id);
        Assert.Equal(RenderState.Succeeded, first.State);
        var billedBefore = service.Tts.Statistics.CharactersBilled;

        var queued = await service.WithAsync(sp => sp.GetRequiredService<RenderCommands>().RerenderAsync(render.Id, [2], force: false, "test", CancellationToken.None));
        Assert.Equal([2], queued);
        var second = await service.FinishedAsync(render.Id);

        Assert.Equal(RenderState.Succeeded, second.State);
        var chapters = await service.ChaptersAsync(render.Id);
        Assert.Equal([1, 2, 1], chapters.Select(c => c.Attempts));
        Assert.Equal(billedBefore, service.Tts.Statistics.CharactersBilled); // every segment came from the cache
        var events = (await service.EventsAsync(render.Id)).Select(e => e.Kind).ToList();
        Assert.Equal(2, events.Count(k => k == RenderEventKinds.AssemblyEnqueued));
        Assert.Equal(2, events.Count(k => k == RenderEventKinds.Succeeded));
    }

    [Fact]
    public async Task Rerender_AfterALexiconEdit_SynthesizesOnlyTheChangedSegments()
    {
        var publisher = await service.AddPublisherAsync("Lexicon Press");
        var book = await service.ImportAsync(publisher.Id, "lexicon.md", TestBooks.Markdown("Lexicon", 3, 6, seed: 72));
        var render = await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan" });
        await using var worker = await service.StartWorkerAsync();
        Assert.Equal(RenderState.Succeeded, (await service.FinishedAsync(render.Id)).State);
        var hashes = (await service.ChaptersAsync(render.Id)).ToDictionary(c => c.Number, c => c.Hash);
        var billedBefore = service.Tts.Statistics.CharactersBilled;

        // "Chapter Two" appears in one heading only: the edit changes chapter 2 and no other.
        await service.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AudiobookDbContext>();
            var stored = await db.Books.SingleAsync(b => b.Id == book.Id);
            stored.LexiconText = "Chapter Two => Chapter Deux\n";
            stored.LexiconVersion++;
            return await db.SaveChangesAsync();
        });
        await service.WithAsync(sp => sp.GetRequiredService<RenderCommands>().RerenderAsync(render.Id, [2], force: false, "test", CancellationToken.None));
        var done = await service.FinishedAsync(render.Id);

        Assert.True(done.State == RenderState.Succeeded, done.Error);
        var chapters = await service.ChaptersAsync(render.Id);
        Assert.NotEqual(hashes[2], chapters.Single(c => c.Number == 2).Hash);
        Assert.Equal(hashes[1], chapters.Single(c => c.Number == 1).Hash);
        Assert.Equal(hashes[3], chapters.Single(c => c.Number == 3).Hash);
        var billed = service.Tts.Statistics.CharactersBilled - billedBefore;
        Assert.InRange(billed, 1, "Chapter Deux of book 72".Length + 2); // the heading segment alone was synthesized
    }
}
