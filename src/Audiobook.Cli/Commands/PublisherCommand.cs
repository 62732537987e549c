using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Cli.Service;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Audiobook.Cli.Commands;

/// <summary><c>publisher add|budget|list</c>: the service's tenants, named by slug in every other verb.</summary>
internal sealed class PublisherCommand : IServiceCommand
{
    private readonly Command _add;
    private readonly Argument<string> _name = new("name") { Description = "the publisher's name, e.g. \"Acme Books\"" };
    private readonly Option<string?> _slug = new("--slug") { Description = "the short name operators type [default: from the name, e.g. acme-books]", HelpName = "slug" };
    private readonly Option<long?> _budget = new("--budget-characters") { Description = "billed characters it may spend per calendar month (UTC) [default: no limit]", HelpName = "N" };
    private readonly Option<bool> _addJson = OptionFactory.Json();
    private readonly Command _setBudget;
    private readonly Argument<string> _publisher = new("publisher") { Description = "the publisher's slug or id" };
    private readonly Option<long?> _characters = new("--characters") { Description = "billed characters it may spend per calendar month (UTC)", HelpName = "N" };
    private readonly Option<bool> _none = new("--none") { Description = "no monthly limit" };
    private readonly Option<bool> _listJson = OptionFactory.Json();

    public PublisherCommand()
    {
        _add = new Command("add", "add a publisher (a tenant with its own books, renders, tokens and monthly budget)") { _name, _slug, _budget, _addJson };
        _setBudget = new Command("budget", "change a publisher's monthly budget (renders already accepted stay)") { _publisher, _characters, _none };
        _setBudget.Validators.Add(result =>
        {
            if ((result.GetValue(_characters) is null) == !result.GetValue(_none))
            {
                result.AddError("give either --characters N or --none");
            }
        });
        var list = new Command("list", "every publisher with its budget and what it used this month") { _listJson };
        Command = new Command("publisher", "the service's publishers (tenants)") { _add, _setBudget, list };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<PublisherDirectory>();
        if (parse.CommandResult.Command == _add)
        {
            var added = await directory.AddAsync(parse.GetRequiredValue(_name), parse.GetValue(_slug), parse.GetValue(_budget), cancellationToken).ConfigureAwait(false);
            await (parse.GetValue(_addJson)
                ? context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(Json(added, used: 0), EstimateFormat.Json))
                : context.Console.Out.WriteLineAsync($"added publisher {added.Slug} ({added.Id}): {added.Name}, monthly budget {Budget(added)}")).ConfigureAwait(false);
            return 0;
        }

        if (parse.CommandResult.Command == _setBudget)
        {
            var changed = await directory.SetBudgetAsync(parse.GetRequiredValue(_publisher), parse.GetValue(_characters), cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync($"publisher {changed.Slug}: monthly budget {Budget(changed)}").ConfigureAwait(false);
            return 0;
        }

        var db = scope.ServiceProvider.GetRequiredService<AudiobookDbContext>();
        var now = context.Time.GetUtcNow();
        var rows = new List<(Publisher Publisher, long Used)>();
        foreach (var publisher in await directory.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((publisher, await MonthlyUsage.CharactersAsync(db, publisher.Id, now, cancellationToken).ConfigureAwait(false)));
        }

        if (parse.GetValue(_listJson))
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { Publishers = rows.Select(r => Json(r.Publisher, r.Used)) }, EstimateFormat.Json)).ConfigureAwait(false);
            return 0;
        }

        if (rows.Count == 0)
        {
            await context.Console.Out.WriteLineAsync("no publishers yet: add one with 'audiobook publisher add <name>'").ConfigureAwait(false);
            return 0;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("slug").AddColumn("name").AddColumn("id")
            .AddColumn(new TableColumn("monthly budget").RightAligned())
            .AddColumn(new TableColumn("used this month").RightAligned())
            .AddColumn("created");
        foreach (var (p, used) in rows)
        {
            table.AddRow(new Text(p.Slug), new Text(p.Name), new Text(p.Id.ToString()), new Text(Budget(p)), new Text(ServiceFormat.Number(used)), new Text(ServiceFormat.Time(p.CreatedAt)));
        }

        EstimateFormat.PlainConsole(context.Console.Out).Write(table);
        return 0;
    }

    private static string Budget(Publisher publisher) =>
        publisher.MonthlyBudgetCharacters is { } budget ? ServiceFormat.Number(budget) + " billed characters" : "none";

    private static object Json(Publisher publisher, long used) => new
    {
        publisher.Id,
        publisher.Slug,
        publisher.Name,
        publisher.MonthlyBudgetCharacters,
        UsedThisMonth = used,
        publisher.CreatedAt,
    };
}
