using Audiobook.Jobs.Jobs;
using Audiobook.Jobs.State;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Audiobook.Jobs.Telemetry;

/// <summary>Reads renders by state and the queues' lengths every <see cref="MetricsOptions.SampleInterval"/> for the
/// gauges, so a scrape answers from memory and never waits on (or fails with) the database.</summary>
internal sealed class ServiceStateSampler(
    NpgsqlDataSource database,
    JobStorage storage,
    IOptions<MetricsOptions> options,
    TimeProvider timeProvider,
    ILogger<ServiceStateSampler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SampleInterval, timeProvider);
        var failing = false;
        do
        {
            try
            {
                ServiceMetrics.Sampled(await SampleAsync(stoppingToken).ConfigureAwait(false));
                failing = false;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                // The database is down or restarting: say so once, not every interval.
                if (!failing)
                {
                    Log.SampleFailed(logger, ex.Message);
                }

                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task<ServiceStateSample> SampleAsync(CancellationToken cancellationToken)
    {
        var renders = Enum.GetNames<RenderState>().ToDictionary(s => s.ToLowerInvariant(), _ => 0L, StringComparer.Ordinal);
        await using (var command = database.CreateCommand("SELECT state, count(*) FROM renders GROUP BY state"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                renders[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var monitoring = storage.GetMonitoringApi();
        var queues = JobQueues.All.ToDictionary(q => q, monitoring.EnqueuedCount, StringComparer.Ordinal);
        return new ServiceStateSample(renders, queues);
    }
}
