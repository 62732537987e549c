using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Core.Costs;
using Spectre.Console;

namespace Audiobook.Cli.Commands;

/// <summary><c>estimate</c>: cost, audio length and render time of one book or every book in a folder.</summary>
internal sealed class EstimateCommand : ICliCommand
{
    private readonly Argument<string> _target = OptionFactory.Book("a book, or a folder whose books (.epub, .md, .markdown, .txt) are all estimated");
    private readonly Option<bool> _json = OptionFactory.Json();
    private readonly Option<string?> _lexicon = OptionFactory.Lexicon();

    public EstimateCommand(OptionFactory options)
    {
        Command = new Command("estimate", "cost, audio length and render time before rendering") { _target, _json, _lexicon };
        options.AddPricing(Command);
        options.AddBookReading(Command);
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var target = parse.GetRequiredValue(_target);
        var pricing = Pricing.From(context);
        var paths = Directory.Exists(target) ? BookLoader.FindBooks(target) : [target];
        if (paths.Count == 0)
        {
            throw new CliException($"no books (.epub, .md, .markdown, .txt) in {target}");
        }

        var estimator = pricing.CreateEstimator();
        var books = new List<BookEstimate>();
        foreach (var path in paths)
        {
            var prepared = await BookLoader.LoadAsync(path, parse.GetValue(_lexicon), context, cancellationToken).ConfigureAwait(false);
            books.Add(BookEstimate.Create(path, prepared.Book, prepared.Chapters, estimator));
        }

        var total = estimator.Estimate(books.SelectMany(b => b.Chapters).SelectMany(c => c.Chapter.Segments));
        if (parse.GetValue(_json))
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(ToJson(books, total, pricing), EstimateFormat.Json)).ConfigureAwait(false);
            return 0;
        }

        Write(EstimateFormat.PlainConsole(context.Console.Out), books, total, pricing);
        return 0;
    }

    private static void Write(IAnsiConsole output, List<BookEstimate> books, CostEstimate total, Pricing pricing)
    {
        output.WriteLine($"{pricing.Price.Model}, region {pricing.Price.Region}, {pricing.RequestsPerMinute} RPM, concurrency {pricing.Concurrency}");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("book")
            .AddColumn(new TableColumn("chapters").RightAligned())
            .AddColumn(new TableColumn("segments").RightAligned())
            .AddColumn(new TableColumn("characters").RightAligned())
            .AddColumn(new TableColumn("audio").RightAligned())
            .AddColumn(new TableColumn("render time").RightAligned())
            .AddColumn(new TableColumn("cost").RightAligned());
        foreach (var book in books)
        {
            AddRow(table, book.Book.Metadata.Title, book.Chapters.Count, book.Total);
        }

        if (books.Count > 1)
        {
            table.AddEmptyRow();
            AddRow(table, "total", books.Sum(b => b.Chapters.Count), total);
        }

        output.Write(table);
        output.WriteLine("render time = max(segments ÷ RPM, audio ÷ concurrency), one book after another; free quotas are not subtracted.");
        var note = EstimateFormat.PriceNote(pricing.Price);
        if (note.Length > 0)
        {
            output.WriteLine(note);
        }
    }

    private static void AddRow(Table table, string title, int chapters, CostEstimate estimate) =>
        table.AddRow(
            new Text(title),
            new Text(EstimateFormat.Number(chapters)),
            new Text(EstimateFormat.Number(estimate.Segments)),
            new Text(EstimateFormat.Number(estimate.BilledCharacters)),
            new Text(EstimateFormat.Duration(estimate.EstimatedAudio)),
            new Text(EstimateFormat.Duration(estimate.EstimatedWallTime)),
            new Text(EstimateFormat.Money(estimate)));

    private static object ToJson(List<BookEstimate> books, CostEstimate total, Pricing pricing) => new
    {
        pricing.Price.Model,
        pricing.Price.Region,
        pricing.Price.Currency,
        PriceEstimated = pricing.Price.IsEstimated,
        pricing.RequestsPerMinute,
        pricing.Concurrency,
        Books = books.Select(b => new
        {
            b.Path,
            b.Book.Metadata.Title,
            Chapters = b.Chapters.Count,
            b.Total.Segments,
            b.Total.BilledCharacters,
            EstimatedAudioSeconds = EstimateFormat.Seconds(b.Total.EstimatedAudio),
            EstimatedWallSeconds = EstimateFormat.Seconds(b.Total.EstimatedWallTime),
            b.Total.Cost,
        }),
        Total = new
        {
            Books = books.Count,
            total.Segments,
            total.BilledCharacters,
            EstimatedAudioSeconds = EstimateFormat.Seconds(total.EstimatedAudio),
            EstimatedWallSeconds = EstimateFormat.Seconds(total.EstimatedWallTime),
            total.Cost,
        },
    };
}
