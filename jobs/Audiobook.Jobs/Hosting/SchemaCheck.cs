using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Audiobook.Jobs.Hosting;

/// <summary>Stops a host at start when the database lacks migrations: hosts never change the schema themselves, and
/// running against an old one would fail later and less clearly.</summary>
internal sealed class SchemaCheck(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().PendingAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Count > 0)
        {
            throw new SchemaNotReadyException($"the database is not migrated ({pending.Count} migrations missing): run 'audiobook migrate' first");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
