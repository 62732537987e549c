using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Cli.Service;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>status [&lt;render&gt;]</c>: recent renders, or one render chapter by chapter; <c>--watch</c> follows it live
/// until it finishes. Everything comes from the service's own rows in PostgreSQL.</summary>
internal sealed class StatusCommand : IServiceCommand
{
    private const int RecentEvents = 8;

    private readonly Argument<string> _render = OptionFactory.Render();
    private readonly Option<string> _publisher = OptionFactory.Publisher(required: false);
    private readonly Option<bool> _watch = new("--watch") { Description = "refresh until the render (or every listed render) has finished; Ctrl-C stops watching, not the render" };
    private readonly Option<int> _limit = new("--limit") { Description = "renders listed, newest first", HelpName = "N", DefaultValueFactory = _ => 20 };
    private readonly Option<bool> _json = OptionFactory.Json();

    public StatusCommand()
    {
        _render.Arity = ArgumentArity.ZeroOrOne;
        _limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError("--limit must be between 1 and 1000");
            }
        });
        Command = new Command("status", "renders of the service with their progress, or one render chapter by chapter") { _render, _publisher, _watch, _limit, _json };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Guid? publisherId = parse.GetValue(_publisher) is { } publisher
            ? (await services.GetRequiredService<PublisherDirectory>().FindAsync(publisher, cancellationToken).ConfigureAwait(false)).Id
            : null;
        var json = parse.GetValue(_json);
        try
        {
            if (parse.GetValue(_render) is { } text)
            {
                var id = await services.GetRequiredService<RenderIds>().ResolveAsync(text, cancellationToken).ConfigureAwait(false);
                await ShowRenderAsync(id, publisherId, parse.GetValue(_watch), json, services, context, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ShowListAsync(publisherId, parse.GetValue(_limit), parse.GetValue(_watch), json, services, context, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && parse.GetValue(_watch))
        {
            await context.Console.Error.WriteLineAsync("stopped watching: the service goes on rendering").ConfigureAwait(false);
            return 130;
        }

        return 0;
    }

    private static async Task ShowRenderAsync(Guid id, Guid? publisherId, bool watch, bool json, IServiceProvider services, CliContext context, CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<RenderQueries>();
        var store = services.GetRequiredService<IOutputStore>();
        var shortId = (await services.GetRequiredService<RenderIds>().AbbreviateAsync([id], cancellationToken).ConfigureAwait(false))[id];
        async Task<RenderDetail> ReadAsync(CancellationToken token)
        {
            var detail = await queries.FindAsync(id, RecentEvents, token).ConfigureAwait(false)
                ?? throw new CliException($"render {id} no longer exists");
            return publisherId is { } p && detail.Render.PublisherId != p
                ? throw new CliException($"render {shortId} belongs to publisher {detail.Summary.PublisherSlug}")
                : detail;
        }

        string? M4b(RenderDetail d) => d.Render.M4bFile is { } file ? store.PathOf($"{d.Render.OutputKey}/{file}") : null;
        var view = new StatusWatch<RenderDetail>(
            ReadAsync,
            d => d.Summary.IsFinished,
            d => RenderTables.Detail(d, shortId, M4b(d)),
            d => Progress(d.Summary),
            d => RenderJson.Detail(d, shortId, M4b(d)));
        if (watch)
        {
            await view.RunAsync(context, json, cancellationToken).ConfigureAwait(false);
            return;
        }

        var once = await ReadAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(context, json, RenderJson.Detail(once, shortId, M4b(once)), RenderTables.Detail(once, shortId, M4b(once))).ConfigureAwait(false);
    }

    private static async Task ShowListAsync(Guid? publisherId, int limit, bool watch, bool json, IServiceProvider services, CliContext context, CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<RenderQueries>();
        var ids = services.GetRequiredService<RenderIds>();
        async Task<RenderList> ReadAsync(CancellationToken token)
        {
            var renders = await queries.ListAsync(publisherId, limit, token).ConfigureAwait(false);
            return new RenderList(renders, await ids.AbbreviateAsync([.. renders.Select(r => r.Render.Id)], token).ConfigureAwait(false));
        }

        object Json(RenderList list) =>
            new { Renders = list.Renders.Select(r => RenderJson.Summary(r, list.ShortId(r.Render.Id))) };
        var view = new StatusWatch<RenderList>(
            ReadAsync,
            list => list.Renders.All(r => r.IsFinished),
            list => RenderTables.List(list),
            list => string.Join("; ", list.Renders.Select(r => $"{list.ShortId(r.Render.Id)} {Progress(r)}")),
            Json);
        if (watch)
        {
            await view.RunAsync(context, json, cancellationToken).ConfigureAwait(false);
            return;
        }

        var once = await ReadAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(context, json, Json(once), RenderTables.List(once)).ConfigureAwait(false);
    }

    private static string Progress(RenderSummary s) => string.Create(
        CultureInfo.InvariantCulture,
        $"{ServiceFormat.State(s.Render.State)} chapters {ServiceFormat.Progress(s.ChaptersDone, s.ChaptersTotal)} segments {ServiceFormat.Progress(s.SegmentsDone, s.SegmentsTotal)} billed {ServiceFormat.Number(s.Render.BilledCharacters)}");

    private static async Task WriteAsync(CliContext context, bool json, object document, Spectre.Console.Rendering.IRenderable table)
    {
        if (json)
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(document, EstimateFormat.Json)).ConfigureAwait(false);
        }
        else
        {
            EstimateFormat.PlainConsole(context.Console.Out).Write(table);
        }
    }
}
