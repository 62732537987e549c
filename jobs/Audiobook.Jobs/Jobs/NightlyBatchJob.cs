using Audiobook.Jobs.Nightly;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Audiobook.Jobs.Jobs;

/// <summary>The recurring job (cron and time zone from <c>Nightly</c>) that runs <see cref="NightlyBatch"/>.</summary>
public sealed class NightlyBatchJob(NightlyBatch batch, ILogger<NightlyBatchJob> logger)
{
    public const string RecurringId = "nightly-batch";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await batch.RunAsync(cancellationToken).ConfigureAwait(false);
        Log.NightlyStarted(logger, result.Night, result.Started.Count, result.SpentCharacters, result.BudgetCharacters, result.Waiting);
    }
}
