using System.Collections;
using Audiobook.Cli.Hosting;
using Audiobook.Jobs.Hosting;
using Audiobook.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Tests.Commands;

/// <summary>One test class's service: a fresh database on the throwaway PostgreSQL cluster, migrated with the service's
/// <see cref="DatabaseMigrator"/>, an output store in a temporary folder, and the repository's config folder. No worker
/// runs: renders stay where the verbs leave them (queued, scheduled, cancelled).</summary>
public sealed class ServiceDatabase : IAsyncLifetime
{
    public string StoreRoot { get; } = Path.Combine(Path.GetTempPath(), "audiobook-cli-tests", Guid.NewGuid().ToString("N"));

    public string ConnectionString { get; private set; } = "";

    /// <summary>The environment the CLI runs with: the database, the store and the config folder, nothing else.</summary>
    public IDictionary Environment => new Hashtable
    {
        ["AUDIOBOOK__ConnectionStrings__Audiobook"] = ConnectionString,
        ["AUDIOBOOK__Storage__Root"] = StoreRoot,
        ["AUDIOBOOK__Rendering__CacheDirectory"] = Path.Combine(StoreRoot, "segments"),
        ["AUDIOBOOK_CONFIG"] = Path.Combine(CliRun.Root(), "config"),
    };

    public async Task InitializeAsync()
    {
        ConnectionString = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync("cli");
        await WithAsync(services => services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
    }

    public Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => CliRun.RunWithAsync(Environment, args);

    /// <summary>Runs <paramref name="action"/> with the services the CLI's verbs get (a host like theirs, one scope).</summary>
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var host = await CliHost.StartAsync(Environment, new Dictionary<string, string?>(), new Dictionary<string, string>(), service: true);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Adds a publisher through the CLI.</summary>
    public async Task AddPublisherAsync(string slug, params string[] options)
    {
        var (code, _, error) = await RunAsync(["publisher", "add", "Publisher " + slug, "--slug", slug, .. options]);
        Assert.True(code == 0, error);
    }

    /// <summary>Submits a book through the CLI; returns the render id it printed.</summary>
    public async Task<Guid> SubmitAsync(string publisher, string book, params string[] options)
    {
        var (code, output, error) = await RunAsync(["submit", book, "--publisher", publisher, .. options]);
        Assert.True(code == 0, error);
        return Guid.Parse(output.Trim());
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(StoreRoot))
        {
            Directory.Delete(StoreRoot, recursive: true);
        }

        return Task.CompletedTask;
    }
}
