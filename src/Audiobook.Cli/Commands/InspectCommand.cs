using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Spectre.Console;

namespace Audiobook.Cli.Commands;

/// <summary><c>inspect</c>: a book's metadata and its chapters with segments, billed characters, duration and cost.</summary>
internal sealed class InspectCommand : ICliCommand
{
    private readonly Argument<string> _book = OptionFactory.Book();
    private readonly Option<bool> _json = OptionFactory.Json();
    private readonly Option<string?> _lexicon = OptionFactory.Lexicon();

    public InspectCommand(OptionFactory options)
    {
        Command = new Command("inspect", "metadata and chapters of a book: segments, billed characters, duration, cost") { _book, _json, _lexicon };
        options.AddPricing(Command);
        options.AddBookReading(Command);
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var path = parse.GetRequiredValue(_book);
        var pricing = Pricing.From(context);
        var prepared = await BookLoader.LoadAsync(path, parse.GetValue(_lexicon), context, cancellationToken).ConfigureAwait(false);
        var estimate = BookEstimate.Create(path, prepared.Book, prepared.Chapters, pricing.CreateEstimator());
        if (parse.GetValue(_json))
        {
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(ToJson(estimate, pricing), EstimateFormat.Json)).ConfigureAwait(false);
            return 0;
        }

        Write(EstimateFormat.PlainConsole(context.Console.Out), estimate, pricing);
        return 0;
    }

    private static void Write(IAnsiConsole output, BookEstimate estimate, Pricing pricing)
    {
        var metadata = estimate.Book.Metadata;
        void Fact(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                output.WriteLine($"{name,-12} {value}");
            }
        }

        Fact("title", metadata.Title);
        Fact("authors", string.Join(", ", metadata.Authors));
        Fact("language", metadata.Language);
        Fact("identifier", metadata.Identifier);
        Fact("publisher", metadata.Publisher);
        Fact("date", metadata.Date);
        Fact("voice", metadata.Voice);
        Fact("description", metadata.Description);
        Fact("cover", estimate.Book.Cover is { } cover ? $"{cover.MediaType}, {EstimateFormat.Number(cover.Data.Length)} bytes" : null);
        Fact("lexicon", estimate.Book.Lexicon is { Entries.Count: > 0 } lexicon ? $"{lexicon.Entries.Count} entries in the book" : null);
        Fact("priced as", $"{pricing.Price.Model}, region {pricing.Price.Region}");

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("#")
            .AddColumn("title")
            .AddColumn(new TableColumn("segments").RightAligned())
            .AddColumn(new TableColumn("characters").RightAligned())
            .AddColumn(new TableColumn("duration").RightAligned())
            .AddColumn(new TableColumn("cost").RightAligned());
        foreach (var (chapter, cost) in estimate.Chapters)
        {
            table.AddRow(
                new Text((chapter.Chapter.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(chapter.Chapter.Title),
                new Text(EstimateFormat.Number(cost.Segments)),
                new Text(EstimateFormat.Number(cost.BilledCharacters)),
                new Text(EstimateFormat.Duration(cost.EstimatedAudio)),
                new Text(EstimateFormat.Money(cost)));
        }

        var total = estimate.Total;
        table.AddEmptyRow();
        table.AddRow(
            new Text(string.Empty),
            new Text("total"),
            new Text(EstimateFormat.Number(total.Segments)),
            new Text(EstimateFormat.Number(total.BilledCharacters)),
            new Text(EstimateFormat.Duration(total.EstimatedAudio)),
            new Text(EstimateFormat.Money(total)));
        output.Write(table);
        output.WriteLine($"characters are billed characters (汉字 count 2); duration is speech without pauses; render time about {EstimateFormat.Duration(total.EstimatedWallTime)} at {pricing.RequestsPerMinute} RPM and concurrency {pricing.Concurrency}.");
        var note = EstimateFormat.PriceNote(pricing.Price);
        if (note.Length > 0)
        {
            output.WriteLine(note);
        }
    }

    private static object ToJson(BookEstimate estimate, Pricing pricing) => new
    {
        Path = estimate.Path,
        Metadata = estimate.Book.Metadata,
        HasCover = estimate.Book.Cover is not null,
        BookLexiconEntries = estimate.Book.Lexicon?.Entries.Count ?? 0,
        pricing.Price.Model,
        pricing.Price.Region,
        pricing.Price.Currency,
        PriceEstimated = pricing.Price.IsEstimated,
        pricing.RequestsPerMinute,
        pricing.Concurrency,
        Chapters = estimate.Chapters.Select(c => new
        {
            c.Chapter.Chapter.Index,
            c.Chapter.Chapter.Title,
            Kind = c.Chapter.Chapter.Kind.ToString(),
            c.Estimate.Segments,
            c.Estimate.BilledCharacters,
            EstimatedAudioSeconds = EstimateFormat.Seconds(c.Estimate.EstimatedAudio),
            c.Estimate.Cost,
        }),
        Total = new
        {
            estimate.Total.Segments,
            estimate.Total.BilledCharacters,
            EstimatedAudioSeconds = EstimateFormat.Seconds(estimate.Total.EstimatedAudio),
            EstimatedWallSeconds = EstimateFormat.Seconds(estimate.Total.EstimatedWallTime),
            estimate.Total.Cost,
        },
    };
}
