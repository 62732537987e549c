using System.Data.Common;
using Audiobook.Jobs.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Hosting;

/// <summary>Registers the recurring jobs (nightly batch, sweeper) from this worker's configuration at start, under a
/// Hangfire distributed lock so workers starting together do not collide (concurrent AddOrUpdate fails with 40001,
/// Hangfire.PostgreSql #207). Time zones are IANA ids on every worker (Hangfire #1167).
/// The database being away (restarting) or the lock held by a worker that was killed is waited out, not fatal: a worker
/// that died at start for it would stay dead where nothing restarts it (found by the chaos run, PostgreSQL restarted
/// while a replacement worker started).</summary>
internal sealed class RecurringJobsRegistration(
    JobStorage storage,
    IRecurringJobManager recurring,
    IOptions<NightlyOptions> nightly,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<RecurringJobsRegistration> logger) : IHostedService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(nightly.Value.TimeZone);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Register(zone);
                return;
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                var delay = TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, attempt - 1)));
                Log.RegistrationRetry(logger, attempt, ex.Message, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Register(TimeZoneInfo zone)
    {
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
    }

    /// <summary>The database or a lock that will come back; a bad cron expression or time zone will not.</summary>
    private static bool IsTransient(Exception ex) =>
        ex is DbException or DistributedLockTimeoutException or PostgreSqlDistributedLockException || ex.InnerException is DbException;
}
