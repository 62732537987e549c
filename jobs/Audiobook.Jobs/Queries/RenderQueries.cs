using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.Queries;

/// <summary>Read-only queries over renders for the operator's CLI and the dashboard. Progress comes from the service's
/// own rows, which running chapters update in place; nothing here reads Hangfire's tables.</summary>
public sealed class RenderQueries(AudiobookDbContext db)
{
    /// <summary>The most recent renders, newest first, of one publisher or of all.</summary>
    public async Task<IReadOnlyList<RenderSummary>> ListAsync(Guid? publisherId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var renders = db.Renders.AsNoTracking();
        if (publisherId is { } publisher)
        {
            renders = renders.Where(r => r.PublisherId == publisher);
        }

        return await Summaries(renders).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The render with its chapters and its <paramref name="recentEvents"/> latest events, or null when there is none.</summary>
    public async Task<RenderDetail?> FindAsync(Guid renderId, int recentEvents, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recentEvents);
        var summary = await Summaries(db.Renders.AsNoTracking().Where(r => r.Id == renderId)).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return null;
        }

        var chapters = await db.RenderChapters.AsNoTracking().Where(c => c.RenderId == renderId).OrderBy(c => c.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var events = recentEvents == 0 ? [] : await db.RenderEvents.AsNoTracking().Where(e => e.RenderId == renderId).OrderByDescending(e => e.Id).Take(recentEvents)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        events.Reverse();
        return new RenderDetail(summary, chapters, events);
    }

    /// <summary>Newest first.</summary>
    private IQueryable<RenderSummary> Summaries(IQueryable<Render> renders) =>
        from r in renders
        join p in db.Publishers on r.PublisherId equals p.Id
        join b in db.Books on r.BookId equals b.Id
        orderby r.CreatedAt descending, r.Id descending
        select new RenderSummary(
            r,
            p.Slug,
            b.Title,
            db.RenderChapters.Count(c => c.RenderId == r.Id && c.State == ChapterRunState.Succeeded),
            db.RenderChapters.Count(c => c.RenderId == r.Id),
            db.RenderChapters.Where(c => c.RenderId == r.Id).Sum(c => c.SegmentsDone),
            db.RenderChapters.Where(c => c.RenderId == r.Id).Sum(c => c.SegmentsTotal));
}
