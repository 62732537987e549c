using Audiobook.Jobs.Execution;
using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.State;
using Audiobook.Rendering;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Audiobook.Jobs.Jobs;

/// <summary>Fans a render out: reads and segments its book, writes one row per chapter (keeping chapters already
/// rendered with the same inputs), and enqueues a <see cref="RenderChapterJob"/> for each chapter still to do.
/// Running it twice is harmless: rows are upserted and a duplicate chapter job finds nothing to claim.</summary>
public sealed class PlanRenderJob(
    AudiobookDbContext db,
    PreparedBooks books,
    RenderSettingsFactory settingsFactory,
    RenderLedger renders,
    JobScheduler scheduler,
    TimeProvider timeProvider,
    ILogger<PlanRenderJob> logger)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 300, 600], ExceptOn = [typeof(PermanentRenderException)])]
    public async Task RunAsync(Guid renderId, CancellationToken cancellationToken)
    {
        // The render row is locked first, as every ledger transaction does (render, then its chapters): no deadlocks.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM renders WHERE id = {renderId} FOR NO KEY UPDATE", cancellationToken).ConfigureAwait(false);
        var render = await db.Renders.SingleOrDefaultAsync(r => r.Id == renderId, cancellationToken).ConfigureAwait(false);
        if (render is null || render.State is not (RenderState.Queued or RenderState.Running))
        {
            Log.NothingToPlan(logger, renderId, render?.State.ToString() ?? "missing");
            return;
        }

        IReadOnlyList<PlannedChapter> plans;
        try
        {
            var book = await db.Books.SingleAsync(b => b.Id == render.BookId, cancellationToken).ConfigureAwait(false);
            var prepared = await books.GetAsync(book, cancellationToken).ConfigureAwait(false);
            plans = BookRenderer.Plan(prepared.Book, prepared.Chapters, settingsFactory.Create(render));
            render.LexiconVersion = book.LexiconVersion;
        }
        catch (Exception ex) when (FailureClassifier.IsPermanent(ex))
        {
            var reason = FailureClassifier.Describe(ex);
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            await renders.FailAsync(renderId, reason, CancellationToken.None).ConfigureAwait(false);
            throw new PermanentRenderException(reason, ex);
        }

        var existing = await db.RenderChapters.Where(c => c.RenderId == renderId).ToDictionaryAsync(c => c.Number, cancellationToken).ConfigureAwait(false);
        foreach (var plan in plans)
        {
            if (!existing.Remove(plan.Number, out var row))
            {
                db.RenderChapters.Add(new RenderChapter
                {
                    RenderId = renderId,
                    Number = plan.Number,
                    Title = plan.Title,
                    Hash = plan.Hash,
                    State = ChapterRunState.Queued,
                    SegmentsTotal = plan.Segments,
                    CharactersTotal = plan.BilledCharacters,
                });
                continue;
            }

            var changed = row.Hash != plan.Hash;
            row.Title = plan.Title;
            row.Hash = plan.Hash;
            row.SegmentsTotal = plan.Segments;
            row.CharactersTotal = plan.BilledCharacters;
            if (row.State is ChapterRunState.Failed or ChapterRunState.Cancelled || (changed && row.State == ChapterRunState.Succeeded))
            {
                row.State = ChapterRunState.Queued;
                row.Worker = null;
                row.Error = null;
                row.SegmentsDone = 0;
                row.CharactersDone = 0;
            }
        }

        // A book edited down to fewer chapters: the extra rows go.
        db.RenderChapters.RemoveRange(existing.Values);
        var rows = db.RenderChapters.Local.Where(c => c.RenderId == renderId && db.Entry(c).State != EntityState.Deleted).ToList();
        render.ChaptersTotal = plans.Count;
        render.ChaptersPending = rows.Count(c => c.State != ChapterRunState.Succeeded);
        render.State = RenderState.Running;
        render.StartedAt ??= timeProvider.GetUtcNow();
        render.Error = null;
        if (render.ChaptersPending > 0)
        {
            render.AssembleEnqueued = false;
        }

        db.RenderEvents.Add(new RenderEvent
        {
            RenderId = renderId,
            At = timeProvider.GetUtcNow(),
            Kind = RenderEventKinds.Planned,
            Message = $"{plans.Count} chapters, {render.ChaptersPending} to render",
        });
        // The render row carries a row version: a cancel that slipped in since it was read fails this save, and the
        // retry then sees the cancelled render and stops.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        foreach (var row in rows.Where(c => c.State == ChapterRunState.Queued).OrderBy(c => c.Number))
        {
            await scheduler.EnqueueChapterAsync(renderId, row.Number, cancellationToken).ConfigureAwait(false);
        }

        if (render.ChaptersPending == 0)
        {
            await scheduler.TryEnqueueAssemblyAsync(renderId, cancellationToken).ConfigureAwait(false);
        }

        Log.Planned(logger, renderId, plans.Count, render.ChaptersPending);
    }
}
