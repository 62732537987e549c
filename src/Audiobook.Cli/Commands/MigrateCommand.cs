using System.CommandLine;
using System.Text.Json;
using Audiobook.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>migrate</c>: the one explicit schema step of the service (its tables and Hangfire's), safe to run twice or
/// from two places at once.</summary>
internal sealed class MigrateCommand : IServiceCommand
{
    private readonly Option<bool> _json = OptionFactory.Json();

    public MigrateCommand()
    {
        Command = new Command("migrate", "create or upgrade the service's database schema (run before starting workers and the dashboard)") { _json };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (parse.GetValue(_json))
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { applied })).ConfigureAwait(false);
        }
        else
        {
            await context.Console.Out.WriteLineAsync(applied.Count == 0
                ? "the database is up to date"
                : $"applied {applied.Count} migrations: {string.Join(", ", applied)}").ConfigureAwait(false);
        }

        return 0;
    }
}
