using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>The steps a test takes through the service's own API (what the CLI and dashboard call).</summary>
internal static class ServiceSteps
{
    public static async Task<Publisher> AddPublisherAsync(this ServiceFixture service, string name, long? budget = null)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublisherDirectory>().AddAsync(name, null, budget, CancellationToken.None);
    }

    public static async Task<Book> ImportAsync(this ServiceFixture service, Guid publisherId, string fileName, byte[] content)
    {
        await using var scope = service.Services.CreateAsyncScope();
        using var stream = new MemoryStream(content);
        return await scope.ServiceProvider.GetRequiredService<BookImporter>().ImportAsync(publisherId, fileName, stream, CancellationToken.None);
    }

    public static async Task<Render> SubmitAsync(this ServiceFixture service, Guid publisherId, RenderRequest request)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RenderSubmitter>().SubmitAsync(publisherId, request, CancellationToken.None);
    }

    public static async Task<Render> RenderAsync(this ServiceFixture service, Guid renderId)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AudiobookDbContext>().Renders.AsNoTracking().SingleAsync(r => r.Id == renderId);
    }

    public static async Task<List<RenderChapter>> ChaptersAsync(this ServiceFixture service, Guid renderId)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AudiobookDbContext>().RenderChapters.AsNoTracking()
            .Where(c => c.RenderId == renderId).OrderBy(c => c.Number).ToListAsync();
    }

    public static async Task<List<RenderEvent>> EventsAsync(this ServiceFixture service, Guid renderId)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AudiobookDbContext>().RenderEvents.AsNoTracking()
            .Where(e => e.RenderId == renderId).OrderBy(e => e.Id).ToListAsync();
    }

    public static Task<Render> FinishedAsync(this ServiceFixture service, Guid renderId, TimeSpan? limit = null) =>
        Await.UntilAsync(
            () => service.RenderAsync(renderId),
            r => r.State is RenderState.Succeeded or RenderState.Failed or RenderState.Cancelled,
            $"render {renderId} to finish",
            limit);

    public static async Task<T> WithAsync<T>(this ServiceFixture service, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
