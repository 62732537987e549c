using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>rerender &lt;render&gt; --chapters 3,7</c>: renders chapters of a finished render again, with the book's
/// current lexicon; only segments whose text or settings changed are synthesized, unless <c>--force</c>.</summary>
internal sealed class RerenderCommand : IServiceCommand
{
    private readonly Argument<string> _render = OptionFactory.Render();
    private readonly Option<IReadOnlySet<int>?> _chapters = OptionFactory.Chapters();
    private readonly Option<bool> _force = OptionFactory.Force();
    private readonly Option<bool> _json = OptionFactory.Json();

    public RerenderCommand()
    {
        _chapters.Required = true;
        _chapters.Description = "the chapters to render again (1-based), e.g. 3,7 or 2-5";
        Command = new Command("rerender", "render chapters of a finished render again (after a lexicon edit, or with --force)") { _render, _chapters, _force, _json };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var id = await services.GetRequiredService<RenderIds>().ResolveAsync(parse.GetRequiredValue(_render), cancellationToken).ConfigureAwait(false);
        var force = parse.GetValue(_force);
        var queued = await services.GetRequiredService<RenderCommands>()
            .RerenderAsync(id, [.. parse.GetValue(_chapters) ?? new HashSet<int>()], force, "cli", cancellationToken).ConfigureAwait(false);
        await (parse.GetValue(_json)
            ? context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { Id = id, State = "queued", Chapters = queued, Force = force }, EstimateFormat.Json))
            : context.Console.Out.WriteLineAsync($"render {id}: chapters {string.Join(", ", queued)} queued again{(force ? ", synthesized anew" : "")}")).ConfigureAwait(false);
        return 0;
    }
}
