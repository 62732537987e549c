using Audiobook.Jobs.Jobs;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Hosting;

/// <summary>Registers the recurring jobs (nightly batch, sweeper) from this worker's configuration at start, under a
/// Hangfire distributed lock so workers starting together do not collide (concurrent AddOrUpdate fails with 40001,
/// Hangfire.PostgreSql #207). Time zones are IANA ids on every worker (Hangfire #1167).</summary>
internal sealed class RecurringJobsRegistration(
    JobStorage storage,
    IRecurringJobManager recurring,
    IOptions<NightlyOptions> nightly,
    IOptions<JobsOptions> jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(nightly.Value.TimeZone);
        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock("audiobook:recurring-jobs", TimeSpan.FromSeconds(30)))
        {
            recurring.AddOrUpdate<NightlyBatchJob>(
                NightlyBatchJob.RecurringId,
                JobQueues.Maintenance,
                job => job.RunAsync(CancellationToken.None),
                nightly.Value.Cron,
                new RecurringJobOptions { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Relaxed });
            recurring.AddOrUpdate<SweeperJob>(
                "sweeper",
                JobQueues.Maintenance,
                job => job.RunAsync(CancellationToken.None),
                jobs.Value.SweepCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc, MisfireHandling = MisfireHandlingMode.Ignorable });
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
