using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Cli.Service;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>cancel &lt;render&gt;</c>: stops a render; waiting chapters never start, running ones stop within seconds,
/// finished chapters keep their files.</summary>
internal sealed class CancelCommand : IServiceCommand
{
    private readonly Argument<string> _render = OptionFactory.Render();
    private readonly Option<bool> _json = OptionFactory.Json();

    public CancelCommand()
    {
        Command = new Command("cancel", "cancel a render that has not finished (finished chapters keep their files)") { _render, _json };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var id = await services.GetRequiredService<RenderIds>().ResolveAsync(parse.GetRequiredValue(_render), cancellationToken).ConfigureAwait(false);
        if (!await services.GetRequiredService<RenderCommands>().CancelAsync(id, "cli", cancellationToken).ConfigureAwait(false))
        {
            var render = await services.GetRequiredService<RenderQueries>().FindAsync(id, 0, cancellationToken).ConfigureAwait(false);
            throw new CliException($"render {id} is already {(render is null ? "gone" : ServiceFormat.State(render.Render.State))}: nothing to cancel");
        }

        await (parse.GetValue(_json)
            ? context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { Id = id, State = "cancelled" }, EstimateFormat.Json))
            : context.Console.Out.WriteLineAsync($"cancelled render {id}")).ConfigureAwait(false);
        return 0;
    }
}
