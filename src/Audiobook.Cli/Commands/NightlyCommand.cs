using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Cli.Service;
using Audiobook.Jobs.Nightly;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>nightly run-now</c>: runs the nightly batch at once, in this process: starts the waiting nightly renders,
/// oldest first, while tonight's budget lasts (the same budget the scheduled run spends). Prints the renders it started.</summary>
internal sealed class NightlyCommand : IServiceCommand
{
    private readonly Option<bool> _json = OptionFactory.Json();

    public NightlyCommand()
    {
        var runNow = new Command("run-now", "start the nightly batch now: waiting nightly renders, oldest first, within tonight's budget") { _json };
        Command = new Command("nightly", "the nightly batch (Nightly:Cron, Nightly:TimeZone, Nightly:BudgetCharacters)") { runNow };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<NightlyBatch>().RunAsync(cancellationToken).ConfigureAwait(false);
        if (parse.GetValue(_json))
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(run, EstimateFormat.Json)).ConfigureAwait(false);
            return 0;
        }

        foreach (var id in run.Started)
        {
            await context.Console.Out.WriteLineAsync(id.ToString()).ConfigureAwait(false);
        }

        await context.Console.Error.WriteLineAsync(
            $"nightly batch of {run.Night:yyyy-MM-dd}: renders started {run.Started.Count}, waiting for a later night {run.Waiting}; "
            + $"{ServiceFormat.Number(run.SpentCharacters)} of {ServiceFormat.Number(run.BudgetCharacters)} billed characters of tonight's budget spent").ConfigureAwait(false);
        return 0;
    }
}
