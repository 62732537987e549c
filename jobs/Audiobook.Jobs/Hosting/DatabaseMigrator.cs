using Audiobook.Jobs.State;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Audiobook.Jobs.Hosting;

/// <summary>The one explicit schema step (<c>audiobook migrate</c>, the compose <c>migrate</c> service): applies the
/// EF Core migrations of the service's own tables, then installs or upgrades Hangfire's schema. Both run under one
/// PostgreSQL advisory lock, so two migrate steps started together take turns instead of racing; the hosts themselves
/// never change the schema (Hangfire's <c>PrepareSchemaIfNecessary</c> is off, engineering notes §2).</summary>
public sealed class DatabaseMigrator(AudiobookDbContext db, NpgsqlDataSource database, IOptions<JobsOptions> options)
{
    private const long LockKey = 0x4155_4449_4F42; // "AUDIOB"

    /// <summary>Applies what is missing; returns the EF migrations applied by this call.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", LockKey);
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            PostgreSqlObjectsInstaller.Install(connection, options.Value.HangfireSchema);
            return pending;
        }
        finally
        {
            // A session-level lock on a pooled connection would outlive Dispose (npgsql#5592): release it explicitly.
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", LockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Migrations the database still lacks (a host refuses to start until <c>migrate</c> ran).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
}
