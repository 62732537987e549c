using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Audiobook.Jobs.Tests;

/// <summary>A worker starting while the database is away (restarting) waits for it instead of dying at start.</summary>
public sealed class RecurringJobsRegistrationTests
{
    [Fact]
    public async Task StartAsync_DatabaseAwayAtFirst_RetriesAndRegistersOnceItIsBack()
    {
        var cluster = await PostgresCluster.GetAsync();
        var name = "late_" + Guid.NewGuid().ToString("N")[..12];
        var folder = Path.Combine(Path.GetTempPath(), "audiobook-jobs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var log = Path.Combine(folder, "host.log");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Audiobook"] = cluster.ConnectionString(name),
            ["Storage:Root"] = folder,
            ["Config:Directory"] = RepositoryRoot.File("config"),
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FileLoggerProvider(log));
        builder.Services.AddAudiobookJobClient();
        using var host = builder.Build();
        var registration = ActivatorUtilities.CreateInstance<RecurringJobsRegistration>(host.Services);

        // The database does not exist yet: the registration fails, says so, and waits.
        var start = registration.StartAsync(CancellationToken.None);
        await Await.UntilAsync(() => Task.FromResult(File.Exists(log) ? File.ReadAllText(log) : ""), text => text.Contains("not registered yet", StringComparison.Ordinal), "a failed registration attempt");
        Assert.False(start.IsCompleted);

        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        await start.WaitAsync(TimeSpan.FromMinutes(2));
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains("sweeper", connection.GetAllItemsFromSet("recurring-jobs"));
        Assert.Contains(Jobs.NightlyBatchJob.RecurringId, connection.GetAllItemsFromSet("recurring-jobs"));
    }
}
