using Audiobook.Jobs.State;
using Npgsql;

namespace Audiobook.Jobs.Ledger;

/// <summary>A render's state changes, each a guarded statement: a render is started, finished, failed or cancelled
/// once, whatever runs twice.</summary>
public sealed class RenderLedger(NpgsqlDataSource database)
{
    /// <summary>Marks a finished render succeeded with its M4B (null when no M4B was asked for). False when the render
    /// was not waiting for its assembly (already finished, cancelled, or chapters still pending).</summary>
    public async Task<bool> SucceedAsync(Guid renderId, string? m4bFile, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var finish = connection.Command(
            """
            UPDATE renders SET state = 'succeeded', finished_at = now(), m4b_file = @m4b, error = NULL
             WHERE id = @render AND state = 'running' AND chapters_pending = 0
            """,
            transaction)
            .With("m4b", m4bFile).With("render", renderId);
        var changed = await finish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        if (changed)
        {
            await ChapterLedger.AppendAsync(connection, transaction, renderId, null, RenderEventKinds.Succeeded, m4bFile, null, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Cancels a render that has not finished: its waiting and running chapters are cancelled too (finished
    /// chapters keep their files). Returns the Hangfire jobs of the chapters that were waiting or running, for the
    /// caller to delete (which fires their cancellation tokens), or null when the render was already finished.</summary>
    public async Task<IReadOnlyList<string>?> CancelAsync(Guid renderId, string? by, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var cancel = connection.Command(
            """
            UPDATE renders SET state = 'cancelled', finished_at = now()
             WHERE id = @render AND state IN ('queued', 'scheduled', 'running')
            """,
            transaction)
            .With("render", renderId);
        if (await cancel.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        await using var chapters = connection.Command(
            """
            UPDATE render_chapters SET state = 'cancelled', finished_at = now()
             WHERE render_id = @render AND state IN ('queued', 'running')
            RETURNING job_id
            """,
            transaction)
            .With("render", renderId);
        var jobs = new List<string>();
        await using (var reader = await chapters.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!reader.IsDBNull(0))
                {
                    jobs.Add(reader.GetString(0));
                }
            }
        }

        await ChapterLedger.AppendAsync(connection, transaction, renderId, null, RenderEventKinds.Cancelled, by is null ? null : $"by {by}", null, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return jobs;
    }

    /// <summary>Fails a render that has not finished, with a one-line reason.</summary>
    public async Task FailAsync(Guid renderId, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await FailAsync(connection, transaction, renderId, error, null, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flags the assembly of a render whose chapters are all done; true for the one caller that flipped the flag
    /// (and must enqueue the assembly).</summary>
    public async Task<bool> FlagAssemblyAsync(Guid renderId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var won = await FlagAssemblyAsync(connection, transaction, renderId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return won;
    }

    /// <summary>Takes the render's row lock first: every transaction that changes a render and its chapters locks in
    /// that order (render, then chapters), so two chapters failing or finishing at once never deadlock (40P01).</summary>
    internal static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid renderId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT 1 FROM renders WHERE id = @render FOR NO KEY UPDATE", transaction).With("render", renderId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flags the assembly as enqueued for this fan-in; true for the one caller that flipped the flag.</summary>
    internal static async Task<bool> FlagAssemblyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid renderId, CancellationToken cancellationToken)
    {
        await using var flag = connection.Command(
            """
            UPDATE renders SET assemble_enqueued = true, assemble_enqueued_at = now()
             WHERE id = @render AND NOT assemble_enqueued AND chapters_pending = 0 AND state = 'running'
            """,
            transaction)
            .With("render", renderId);
        var won = await flag.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        if (won)
        {
            await ChapterLedger.AppendAsync(connection, transaction, renderId, null, RenderEventKinds.AssemblyEnqueued, null, null, cancellationToken).ConfigureAwait(false);
        }

        return won;
    }

    internal static async Task FailAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid renderId, string error, string? worker, CancellationToken cancellationToken)
    {
        await using var fail = connection.Command(
            """
            UPDATE renders SET state = 'failed', finished_at = now(), error = @error
             WHERE id = @render AND state IN ('queued', 'scheduled', 'running')
            """,
            transaction)
            .With("error", error).With("render", renderId);
        if (await fail.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return;
        }

        await using var stop = connection.Command(
            "UPDATE render_chapters SET state = 'cancelled', finished_at = now() WHERE render_id = @render AND state IN ('queued', 'running')",
            transaction)
            .With("render", renderId);
        await stop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await ChapterLedger.AppendAsync(connection, transaction, renderId, null, RenderEventKinds.Failed, error, worker, cancellationToken).ConfigureAwait(false);
    }
}
