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

    public static async Task<Render> FinishedAsync(this ServiceFixture service, Guid renderId, TimeSpan? limit = null)
    {
        try
        {
            return await Await.UntilAsync(
                () => service.RenderAsync(renderId),
                r => r.State is RenderState.Succeeded or RenderState.Failed or RenderState.Cancelled,
                $"render {renderId} to finish",
                limit);
        }
        catch (TimeoutException ex)
        {
            service.KeepStore = true;
            throw new TimeoutException($"{ex.Message}\n{await service.DescribeAsync(renderId)}\nlogs: {service.StoreRoot}", ex);
        }
    }

    /// <summary>The render, its chapters and its events, for a failure message.</summary>
    public static async Task<string> DescribeAsync(this ServiceFixture service, Guid renderId)
    {
        var render = await service.RenderAsync(renderId);
        var chapters = await service.ChaptersAsync(renderId);
        var events = await service.EventsAsync(renderId);
        var jobs = new List<string>();
        await using (var connection = new Npgsql.NpgsqlConnection(service.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT j.id, j.statename, j.invocationdata::text, (SELECT s.data::text FROM hangfire.state s WHERE s.jobid = j.id ORDER BY s.id DESC LIMIT 1) FROM hangfire.job j ORDER BY j.id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var invocation = reader.GetString(2);
                jobs.Add($"  job {reader.GetInt64(0)} {reader.GetString(1)} {invocation[..Math.Min(160, invocation.Length)]} {(reader.IsDBNull(3) ? "" : reader.GetString(3)[..Math.Min(400, reader.GetString(3).Length)])}");
            }
        }

        return $"render {render.State} pending={render.ChaptersPending} error={render.Error}\n" + string.Join('\n', jobs) + "\n"
            + string.Join('\n', chapters.Select(c => $"  chapter {c.Number} {c.State} attempts={c.Attempts} {c.SegmentsDone}/{c.SegmentsTotal} worker={c.Worker} job={c.JobId} error={c.Error}"))
            + "\n" + string.Join('\n', events.Select(e => $"  {e.At:HH:mm:ss.fff} {e.Kind} {e.ChapterNumber} {e.Message} {e.Worker}"));
    }

    public static async Task<T> WithAsync<T>(this ServiceFixture service, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
