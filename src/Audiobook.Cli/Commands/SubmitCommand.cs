using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Cli.Service;
using Audiobook.Core.Regions;
using Audiobook.Ingest;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Rendering;
using Audiobook.Tts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>submit &lt;book&gt;</c>: uploads a book to the service for a publisher and submits its render with the
/// settings <c>render</c> would use (the same options, the book's own voice, its <c>&lt;book&gt;.lexicon.txt</c>), now or
/// for the nightly batch. Prints the render id on standard output.</summary>
internal sealed class SubmitCommand : IServiceCommand
{
    private readonly Argument<string> _book = OptionFactory.Book();
    private readonly Option<string> _publisher = OptionFactory.Publisher(required: true);
    private readonly Option<bool> _nightly = new("--nightly") { Description = "leave it for the nightly batch (Nightly:Cron) instead of starting now" };
    private readonly Option<bool> _json = OptionFactory.Json();

    public SubmitCommand(OptionFactory options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Command = new Command("submit", "upload a book to the render service and queue its render (workers render it)") { _book, _publisher };
        Command.Options.Add(options.Model());
        Command.Options.Add(options.Voice());
        Command.Options.Add(options.SpeechRate());
        Command.Options.Add(options.PitchRate());
        Command.Options.Add(options.Volume());
        Command.Options.Add(options.Profile());
        Command.Options.Add(options.Format());
        Command.Options.Add(options.Region());
        Command.Options.Add(_nightly);
        Command.Options.Add(_json);
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var path = parse.GetRequiredValue(_book);
        if (!File.Exists(path))
        {
            throw new CliException($"no such file: {path}");
        }

        await using var scope = context.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var publisher = await services.GetRequiredService<PublisherDirectory>().FindAsync(parse.GetRequiredValue(_publisher), cancellationToken).ConfigureAwait(false);

        // Read here first, as 'render' does: a bad book or lexicon stops before anything is stored, and the book's own
        // voice is the default (the service, given no voice, takes the model's first).
        var local = await BookReader.ReadAsync(path, context.Options<IngestOptions>(), cancellationToken).ConfigureAwait(false);
        var lexiconPath = BookReader.SideLexiconPath(path);
        var lexicon = File.Exists(lexiconPath) ? await File.ReadAllTextAsync(lexiconPath, cancellationToken).ConfigureAwait(false) : null;

        Book book;
        await using (var stream = File.OpenRead(path))
        {
            book = await services.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, Path.GetFileName(path), stream, cancellationToken).ConfigureAwait(false);
        }

        if (lexicon is not null)
        {
            // The service reads the stored book without its folder: the side lexicon travels as the book's lexicon.
            await services.GetRequiredService<AudiobookDbContext>().Books.Where(b => b.Id == book.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.LexiconText, lexicon), cancellationToken).ConfigureAwait(false);
        }

        var rendering = context.Options<RenderingOptions>();
        var render = await services.GetRequiredService<RenderSubmitter>().SubmitAsync(publisher.Id, new RenderRequest
        {
            BookId = book.Id,
            Model = rendering.Model,
            Voice = rendering.Voice ?? local.Metadata.Voice,
            SpeechRate = rendering.SpeechRate,
            PitchRate = rendering.PitchRate,
            Volume = rendering.Volume,
            Profile = rendering.Profile,
            Formats = OutputFormatsConverter.Format(rendering.Formats),
            Region = ServiceRegions.PriceKey(context.Options<TtsClientOptions>().Region),
            Schedule = parse.GetValue(_nightly) ? RenderSchedule.Nightly : RenderSchedule.Now,
            CreatedBy = "cli",
        }, cancellationToken).ConfigureAwait(false);

        var estimate = RenderCost.Of(render.EstimatedBilledCharacters, render.PricePerTenThousand);
        if (parse.GetValue(_json))
        {
            var document = new
            {
                render.Id,
                render.BookId,
                Publisher = publisher.Slug,
                Book = book.Title,
                State = ServiceFormat.State(render.State),
                Schedule = ServiceFormat.State(render.Schedule),
                render.Model,
                render.Voice,
                Chapters = book.Chapters.Count,
                BookLexicon = lexicon is not null,
                render.EstimatedBilledCharacters,
                EstimatedCost = estimate,
                render.Currency,
            };
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(document, EstimateFormat.Json)).ConfigureAwait(false);
            return 0;
        }

        await context.Console.Out.WriteLineAsync(render.Id.ToString()).ConfigureAwait(false);
        var when = render.Schedule == RenderSchedule.Nightly ? "scheduled for the nightly batch" : "queued";
        await context.Console.Error.WriteLineAsync(
            $"'{book.Title}' for {publisher.Slug}: {book.Chapters.Count} chapters, {ServiceFormat.Number(render.EstimatedBilledCharacters)} billed characters "
            + $"≈ {ServiceFormat.Money(estimate, render.Currency)} before cache hits, {render.Voice} on {render.Model}{(lexicon is null ? "" : ", with the book's lexicon")}; "
            + $"{when}: follow it with 'audiobook status {render.Id} --watch'").ConfigureAwait(false);
        return 0;
    }
}
