using Audiobook.Jobs.Jobs;
using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.Submissions;

/// <summary>What can be done to an existing render: cancel it, or render some of its chapters again.</summary>
public sealed class RenderCommands(AudiobookDbContext db, RenderLedger renders, JobScheduler scheduler, TimeProvider timeProvider)
{
    /// <summary>Cancels an unfinished render: waiting chapters never start, running ones stop within seconds (their
    /// Hangfire jobs are deleted, which fires their cancellation tokens, and their progress writes see the state).
    /// Finished chapters keep their files. False when the render had already finished.</summary>
    public async Task<bool> CancelAsync(Guid renderId, string by, CancellationToken cancellationToken)
    {
        var jobs = await renders.CancelAsync(renderId, by, cancellationToken).ConfigureAwait(false);
        if (jobs is null)
        {
            return false;
        }

        scheduler.Delete(jobs);
        return true;
    }

    /// <summary>Renders <paramref name="chapters"/> of a finished render again, after re-planning the book with its
    /// current lexicon (so chapters a lexicon edit changed are redone too). Only segments whose text, voice or settings
    /// changed are synthesized; <paramref name="force"/> synthesizes the chosen chapters' segments again regardless.
    /// Returns the chapters queued.</summary>
    public async Task<IReadOnlyList<int>> RerenderAsync(Guid renderId, IReadOnlyCollection<int> chapters, bool force, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        var render = await db.Renders.SingleOrDefaultAsync(r => r.Id == renderId, cancellationToken).ConfigureAwait(false)
            ?? throw SubmissionException.NotFound($"render {renderId}");
        if (render.State is RenderState.Queued or RenderState.Scheduled or RenderState.Running)
        {
            throw new SubmissionException($"render {renderId} is still {render.State.ToString().ToLowerInvariant()}: wait for it to finish or cancel it first");
        }

        var rows = await db.RenderChapters.Where(c => c.RenderId == renderId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = chapters.Where(n => rows.All(c => c.Number != n)).ToList();
        if (missing.Count > 0 || chapters.Count == 0)
        {
            throw new SubmissionException(chapters.Count == 0
                ? "name the chapters to render again"
                : $"chapter {missing[0]} does not exist: the render has chapters 1 to {rows.Count}");
        }

        foreach (var row in rows.Where(c => chapters.Contains(c.Number)))
        {
            row.State = ChapterRunState.Queued;
            row.Worker = null;
            row.Error = null;
            row.SegmentsDone = 0;
            row.CharactersDone = 0;
            row.Force = force;
        }

        foreach (var row in rows.Where(c => c.State is ChapterRunState.Failed or ChapterRunState.Cancelled))
        {
            row.State = ChapterRunState.Queued; // a failed or cancelled render resumes its unfinished chapters too
            row.Error = null;
        }

        render.State = RenderState.Queued;
        render.FinishedAt = null;
        render.Error = null;
        render.AssembleEnqueued = false;
        render.ChaptersPending = rows.Count(c => c.State != ChapterRunState.Succeeded);
        db.RenderEvents.Add(new RenderEvent
        {
            RenderId = renderId,
            At = timeProvider.GetUtcNow(),
            Kind = RenderEventKinds.Rerender,
            Message = $"chapters {string.Join(',', chapters.Order())}{(force ? " (forced)" : "")} by {by}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        scheduler.EnqueuePlan(renderId);
        return rows.Where(c => c.State == ChapterRunState.Queued).Select(c => c.Number).Order().ToList();
    }
}
