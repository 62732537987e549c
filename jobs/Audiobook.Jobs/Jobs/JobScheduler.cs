using Audiobook.Jobs.Ledger;
using Hangfire;
using Npgsql;

namespace Audiobook.Jobs.Jobs;

/// <summary>Enqueues the service's jobs on their queues (the 1.8 API stores the queue on the job, so retries stay on
/// it) and records chapter job ids, so a cancel can delete them.</summary>
public sealed class JobScheduler(IBackgroundJobClient client, RenderLedger renders, NpgsqlDataSource database)
{
    public string EnqueuePlan(Guid renderId) =>
        client.Enqueue<PlanRenderJob>(JobQueues.Plan, j => j.RunAsync(renderId, CancellationToken.None));

    public async Task<string> EnqueueChapterAsync(Guid renderId, int number, CancellationToken cancellationToken)
    {
        var jobId = client.Enqueue<RenderChapterJob>(JobQueues.Chapter, j => j.RunAsync(renderId, number, null, CancellationToken.None));
        await using var command = database.CreateCommand(
            "UPDATE render_chapters SET job_id = @job WHERE render_id = @render AND number = @number AND state = 'queued'")
            .With("job", jobId).With("render", renderId).With("number", number);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return jobId;
    }

    /// <summary>Enqueues the book's assembly; call only after winning the fan-in (<see cref="ChapterLedger.SucceedAsync"/>
    /// or <see cref="RenderLedger.FlagAssemblyAsync(Guid, CancellationToken)"/> returned true).</summary>
    public string EnqueueAssembly(Guid renderId) =>
        client.Enqueue<AssembleBookJob>(JobQueues.Assemble, j => j.RunAsync(renderId, CancellationToken.None));

    /// <summary>Flags and enqueues the assembly unless someone else already did.</summary>
    public async Task<bool> TryEnqueueAssemblyAsync(Guid renderId, CancellationToken cancellationToken)
    {
        if (!await renders.FlagAssemblyAsync(renderId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        EnqueueAssembly(renderId);
        return true;
    }

    /// <summary>Deletes Hangfire jobs (a running one sees its cancellation token fire within the server's check interval).</summary>
    public void Delete(IEnumerable<string> jobIds)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        foreach (var id in jobIds)
        {
            client.Delete(id);
        }
    }
}
