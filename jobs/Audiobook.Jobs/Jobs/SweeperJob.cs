using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Ledger;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Audiobook.Jobs.Jobs;

/// <summary>Repairs what a crash between two steps can leave behind: a render whose chapters are all done but whose
/// assembly was never enqueued (or was lost), a chapter whose worker died (its heartbeat stopped), and a queued render
/// whose plan job was lost. Everything it enqueues is idempotent, so repairing something that was not broken costs a
/// no-op job.</summary>
public sealed class SweeperJob(NpgsqlDataSource database, JobScheduler scheduler, IOptions<JobsOptions> options, ILogger<SweeperJob> logger)
{
    /// <summary>How long an enqueued assembly may take before it is enqueued again.</summary>
    private static readonly TimeSpan AssemblyGrace = TimeSpan.FromMinutes(10);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var assemblies = await RepairAssembliesAsync(cancellationToken).ConfigureAwait(false);
        var chapters = await RequeueAbandonedChaptersAsync(cancellationToken).ConfigureAwait(false);
        var plans = await ReplanLostRendersAsync(cancellationToken).ConfigureAwait(false);
        if (assemblies + chapters + plans > 0)
        {
            Log.Swept(logger, assemblies, chapters, plans);
        }
    }

    private async Task<int> RepairAssembliesAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            UPDATE renders SET assemble_enqueued = true, assemble_enqueued_at = now()
             WHERE state = 'running' AND chapters_pending = 0
               AND (NOT assemble_enqueued OR assemble_enqueued_at < now() - @grace)
            RETURNING id
            """)
            .With("grace", AssemblyGrace);
        var ids = await ReadIdsAsync(command, cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            scheduler.EnqueueAssembly(id);
        }

        return ids.Count;
    }

    private async Task<int> RequeueAbandonedChaptersAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            UPDATE render_chapters c SET state = 'queued', worker = NULL, error = 'worker stopped responding'
              FROM renders r
             WHERE r.id = c.render_id AND r.state = 'running' AND c.state = 'running' AND c.heartbeat_at < now() - @stale
            RETURNING c.render_id, c.number
            """)
            .With("stale", options.Value.ChapterStaleAfter * 2);
        var chapters = new List<(Guid, int)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                chapters.Add((reader.GetGuid(0), reader.GetInt32(1)));
            }
        }

        foreach (var (render, number) in chapters)
        {
            await scheduler.EnqueueChapterAsync(render, number, cancellationToken).ConfigureAwait(false);
        }

        return chapters.Count;
    }

    private async Task<int> ReplanLostRendersAsync(CancellationToken cancellationToken)
    {
        // A render submitted "now" that has no chapter rows long after: its plan job was lost (or failed to enqueue).
        await using var command = database.CreateCommand(
            """
            SELECT r.id FROM renders r
             WHERE r.state = 'queued' AND r.created_at < now() - @grace
               AND NOT EXISTS (SELECT 1 FROM render_chapters c WHERE c.render_id = r.id)
            """)
            .With("grace", AssemblyGrace);
        var ids = await ReadIdsAsync(command, cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            scheduler.EnqueuePlan(id);
        }

        return ids.Count;
    }

    private static async Task<List<Guid>> ReadIdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
