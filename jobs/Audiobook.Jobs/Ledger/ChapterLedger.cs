using System.Text.Json;
using Audiobook.Jobs.State;
using Npgsql;

namespace Audiobook.Jobs.Ledger;

/// <summary>Every state change of a render chapter, each one guarded SQL statement on the database's clock, so that a
/// job that runs twice (engineering notes §10), a worker that dies, or a cancel racing a finish never corrupts the
/// counts: a chapter succeeds once, and only the change that made it succeed moves the render's fan-in counter.</summary>
public sealed class ChapterLedger(NpgsqlDataSource database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Takes the chapter for <paramref name="worker"/> if it is waiting, or if its owner stopped sending
    /// heartbeats <paramref name="staleAfter"/> ago (a crash). Null when it is finished, owned by a live worker, or
    /// its render is no longer running: the caller then has nothing to do.</summary>
    public async Task<ChapterClaim?> ClaimAsync(Guid renderId, int number, string worker, string? jobId, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var claim = connection.Command(
            """
            UPDATE render_chapters c
               SET state = 'running', worker = @worker, attempts = c.attempts + 1, job_id = coalesce(@job, c.job_id),
                   started_at = now(), heartbeat_at = now(), finished_at = NULL, error = NULL
              FROM renders r
             WHERE c.render_id = @render AND c.number = @number AND r.id = c.render_id AND r.state = 'running'
               AND (c.state = 'queued' OR (c.state = 'running' AND c.heartbeat_at < now() - @stale))
            RETURNING c.attempts, c.hash
            """,
            transaction)
            .With("worker", worker).With("job", jobId).With("render", renderId).With("number", number).With("stale", staleAfter);
        ChapterClaim? result = null;
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result = new ChapterClaim(reader.GetInt32(0), reader.GetString(1));
            }
        }

        if (result is not null)
        {
            await AppendAsync(connection, transaction, renderId, number, RenderEventKinds.ChapterStarted, $"attempt {result.Attempt}", worker, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>One cheap UPDATE of the running chapter's counters and heartbeat. False when the worker no longer owns
    /// the chapter or the render stopped running (cancelled, failed): the caller must stop.</summary>
    public async Task<bool> ReportProgressAsync(Guid renderId, int number, string worker, int segmentsDone, long charactersDone, long billedCharacters, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            UPDATE render_chapters c
               SET segments_done = @segments, characters_done = @characters, billed_characters = @billed, heartbeat_at = now()
             WHERE c.render_id = @render AND c.number = @number AND c.worker = @worker AND c.state = 'running'
            RETURNING (SELECT r.state FROM renders r WHERE r.id = c.render_id)
            """)
            .With("segments", segmentsDone).With("characters", charactersDone).With("billed", billedCharacters)
            .With("render", renderId).With("number", number).With("worker", worker);
        var state = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return state is "running";
    }

    /// <summary>Marks the chapter succeeded (once), adds its billed characters to the render and counts the fan-in
    /// down. True when this call took the count to zero and won the right to enqueue the book's assembly.</summary>
    public async Task<bool> SucceedAsync(Guid renderId, int number, string worker, ChapterOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenderLedger.LockAsync(connection, transaction, renderId, cancellationToken).ConfigureAwait(false);
        await using var finish = connection.Command(
            """
            UPDATE render_chapters
               SET state = 'succeeded', finished_at = now(), heartbeat_at = now(), error = NULL,
                   segments_done = segments_total, characters_done = characters_total, billed_characters = @billed, retries = @retries,
                   duration_ms = @duration, files = @files::jsonb, levels = @levels::jsonb, force = false
             WHERE render_id = @render AND number = @number AND worker = @worker AND state = 'running'
            """,
            transaction)
            .With("billed", outcome.BilledCharacters).With("retries", outcome.Retries).With("duration", outcome.DurationMs)
            .With("files", JsonSerializer.Serialize(outcome.Files, Json)).With("levels", JsonSerializer.Serialize(outcome.Levels, Json))
            .With("render", renderId).With("number", number).With("worker", worker);
        if (await finish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            // Someone else finished or took it, or the render was cancelled meanwhile: nothing of ours to count.
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        await AppendAsync(connection, transaction, renderId, number, RenderEventKinds.ChapterSucceeded, null, worker, cancellationToken).ConfigureAwait(false);
        await using var countDown = connection.Command(
            """
            UPDATE renders SET chapters_pending = chapters_pending - 1, billed_characters = billed_characters + @billed
             WHERE id = @render
            RETURNING chapters_pending, state
            """,
            transaction)
            .With("billed", outcome.BilledCharacters).With("render", renderId);
        var assemble = false;
        await using (var reader = await countDown.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            assemble = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt32(0) == 0 && reader.GetString(1) == "running";
        }

        if (assemble)
        {
            assemble = await RenderLedger.FlagAssemblyAsync(connection, transaction, renderId, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return assemble;
    }

    /// <summary>A failure Hangfire will retry: the chapter waits again (attempts kept) with the error shown.</summary>
    public Task<bool> RetryLaterAsync(Guid renderId, int number, string worker, string error, CancellationToken cancellationToken) =>
        ReleaseAsync(renderId, number, worker, error, RenderEventKinds.ChapterRetry, cancellationToken);

    /// <summary>A stopping worker hands its chapter back so another can take it at once. False when the chapter was no
    /// longer this worker's to hand back (cancelled, failed, or taken over).</summary>
    public Task<bool> HandBackAsync(Guid renderId, int number, string worker, CancellationToken cancellationToken) =>
        ReleaseAsync(renderId, number, worker, null, RenderEventKinds.ChapterHandedBack, cancellationToken);

    /// <summary>A failure that retrying cannot fix (unknown voice, bad key, unreadable book) or the last attempt:
    /// the chapter and its render fail at once with the reason, and the render's other chapters stop.</summary>
    public async Task FailAsync(Guid renderId, int number, string? worker, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenderLedger.LockAsync(connection, transaction, renderId, cancellationToken).ConfigureAwait(false);
        await using var fail = connection.Command(
            """
            UPDATE render_chapters SET state = 'failed', finished_at = now(), error = @error
             WHERE render_id = @render AND number = @number AND state IN ('queued', 'running')
            """,
            transaction)
            .With("error", error).With("render", renderId).With("number", number);
        if (await fail.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            await AppendAsync(connection, transaction, renderId, number, RenderEventKinds.ChapterFailed, error, worker, cancellationToken).ConfigureAwait(false);
            await RenderLedger.FailAsync(connection, transaction, renderId, $"chapter {number}: {error}", worker, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ReleaseAsync(Guid renderId, int number, string worker, string? error, string kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var release = connection.Command(
            """
            UPDATE render_chapters SET state = 'queued', worker = NULL, error = @error
             WHERE render_id = @render AND number = @number AND worker = @worker AND state = 'running'
            """,
            transaction)
            .With("error", error).With("render", renderId).With("number", number).With("worker", worker);
        var released = await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        if (released)
        {
            await AppendAsync(connection, transaction, renderId, number, kind, error, worker, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return released;
    }

    /// <summary>Records that a worker's run of the chapter ended because the render stopped (cancelled or failed).</summary>
    public async Task StoppedAsync(Guid renderId, int number, string worker, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await AppendAsync(connection, transaction, renderId, number, RenderEventKinds.ChapterStopped, null, worker, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid renderId, int? chapter, string kind, string? message, string? worker, CancellationToken cancellationToken)
    {
        await using var append = connection.Command(EventSql.Insert, transaction)
            .With("render", renderId).With("chapter", chapter).With("kind", kind).With("message", message).With("worker", worker);
        await append.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
