using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Jobs;
using Audiobook.Jobs.Ledger;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Audiobook.Jobs.Nightly;

/// <summary>Starts the renders submitted for the nightly batch, oldest first, while the night's budget of billed
/// characters lasts (each render counts with its full estimate, as if nothing came from the cache). Strictly in order:
/// the first render that does not fit ends the run, so a large book is never passed over night after night by smaller
/// ones (submission refuses a render larger than a whole night's budget). Every run of the same night spends from one
/// budget, under a transaction-scoped advisory lock, so the recurring job and <c>nightly run-now</c> never both spend it.</summary>
public sealed class NightlyBatch(NpgsqlDataSource database, JobScheduler scheduler, IOptions<NightlyOptions> options, TimeProvider timeProvider)
{
    private const long LockKey = 0x4E49_4748_5459; // "NIGHTY": one advisory lock id for the batch.

    public async Task<NightlyStart> RunAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var night = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime);
        var started = new List<Guid>();
        long spent;
        int waiting;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using (var lockCommand = connection.Command("SELECT pg_advisory_xact_lock(@key)", transaction).With("key", LockKey))
            {
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var upsert = connection.Command(
                """
                INSERT INTO nightly_runs (night, budget_characters, spent_characters, renders_started, first_run_at, last_run_at)
                VALUES (@night, @budget, 0, 0, now(), now())
                ON CONFLICT (night) DO UPDATE SET last_run_at = now()
                RETURNING spent_characters, budget_characters
                """,
                transaction).With("night", night).With("budget", options.Value.BudgetCharacters))
            await using (var reader = await upsert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                spent = reader.GetInt64(0);
            }

            var candidates = new List<(Guid Id, long Estimate)>();
            await using (var select = connection.Command(
                "SELECT id, estimated_billed_characters FROM renders WHERE state = 'scheduled' ORDER BY created_at, id FOR UPDATE",
                transaction))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    candidates.Add((reader.GetGuid(0), reader.GetInt64(1)));
                }
            }

            foreach (var (id, estimate) in candidates)
            {
                if (spent + estimate > options.Value.BudgetCharacters)
                {
                    break;
                }

                spent += estimate;
                started.Add(id);
                await using var start = connection.Command("UPDATE renders SET state = 'queued' WHERE id = @id AND state = 'scheduled'", transaction).With("id", id);
                await start.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await ChapterLedger.AppendAsync(connection, transaction, id, null, State.RenderEventKinds.Started, $"nightly batch of {night:yyyy-MM-dd}", null, cancellationToken).ConfigureAwait(false);
            }

            waiting = candidates.Count - started.Count;
            await using (var record = connection.Command(
                "UPDATE nightly_runs SET spent_characters = @spent, renders_started = renders_started + @count WHERE night = @night",
                transaction).With("spent", spent).With("count", started.Count).With("night", night))
            {
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // After the commit: a plan job must never see a render that is still 'scheduled'. If this process dies here,
        // the sweeper re-plans queued renders that have no chapters.
        foreach (var id in started)
        {
            scheduler.EnqueuePlan(id);
        }

        return new NightlyStart(night, options.Value.BudgetCharacters, spent, started, waiting);
    }
}
