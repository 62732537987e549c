using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Jobs.Tests;

public sealed class RenderServiceTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task SubmitNow_WithWorker_RendersEveryChapterAndAssemblesTheBook()
    {
        await using var scope = service.Services.CreateAsyncScope();
        var publishers = scope.ServiceProvider.GetRequiredService<PublisherDirectory>();
        var publisher = await publishers.AddAsync("Acme Books", null, null, CancellationToken.None);
        Book book;
        await using (var file = File.OpenRead(RepositoryRoot.File("samples", "chinese.md")))
        {
            book = await scope.ServiceProvider.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, "chinese.md", file, CancellationToken.None);
        }

        var render = await scope.ServiceProvider.GetRequiredService<RenderSubmitter>()
            .SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Cherry" }, CancellationToken.None);
        await service.StartWorkerAsync();

        var db = scope.ServiceProvider.GetRequiredService<AudiobookDbContext>();
        var done = await Await.UntilAsync(
            () => db.Renders.AsNoTracking().SingleAsync(r => r.Id == render.Id),
            r => r.State is RenderState.Succeeded or RenderState.Failed,
            "the render to finish");
        Assert.Equal(RenderState.Succeeded, done.State);
        var chapters = await db.RenderChapters.AsNoTracking().Where(c => c.RenderId == render.Id).OrderBy(c => c.Number).ToListAsync();
        Assert.Equal(book.Chapters.Count, chapters.Count);
        Assert.All(chapters, c =>
        {
            Assert.Equal(ChapterRunState.Succeeded, c.State);
            Assert.Equal(1, c.Attempts);
            Assert.Equal(c.SegmentsTotal, c.SegmentsDone);
            Assert.NotNull(c.Levels);
        });
        Assert.Equal(chapters.Sum(c => c.BilledCharacters), done.BilledCharacters);
        Assert.True(done.BilledCharacters > 0);
        var folder = Path.Combine(service.StoreRoot, done.OutputKey);
        Assert.True(File.Exists(Path.Combine(folder, done.M4bFile!)));
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
        Assert.All(chapters.SelectMany(c => c.Files), f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
        var events = await db.RenderEvents.AsNoTracking().Where(e => e.RenderId == render.Id).Select(e => e.Kind).ToListAsync();
        Assert.Equal(1, events.Count(k => k == RenderEventKinds.AssemblyEnqueued));
        Assert.Equal(chapters.Count, events.Count(k => k == RenderEventKinds.ChapterSucceeded));
        Assert.Contains(RenderEventKinds.Succeeded, events);
    }
}
