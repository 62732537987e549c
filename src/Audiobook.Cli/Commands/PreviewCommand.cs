using System.CommandLine;
using Audiobook.Cli.Engine;
using Audiobook.Cli.Rendering;
using Audiobook.Core.Segmentation;
using Audiobook.Rendering;
using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Cli.Commands;

/// <summary><c>preview</c>: the first sentences of a book's first chapter, rendered to one short MP3 for listening
/// (a voice audition before paying for the whole book).</summary>
internal sealed class PreviewCommand : ICliCommand
{
    private readonly Argument<string> _book = OptionFactory.Book();
    private readonly Option<int> _segments = new("--segments") { Description = "sentences to render", HelpName = "N", DefaultValueFactory = _ => 6 };
    private readonly Option<string?> _out = new("--out") { Description = "the MP3 to write [default: <book>.preview.mp3 here]", HelpName = "file" };
    private readonly Option<string?> _lexicon = OptionFactory.Lexicon();
    private readonly Option<bool> _force = OptionFactory.Force();
    private readonly Option<bool> _quiet = OptionFactory.Quiet();

    public PreviewCommand(OptionFactory options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _segments.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--segments must be at least 1");
            }
        });
        Command = new Command("preview", "a short MP3 of a book's first sentences, to audition a voice") { _book, _segments, _out };
        Command.Options.Add(options.Model());
        options.AddVoicing(Command);
        Command.Options.Add(options.Concurrency());
        Command.Options.Add(options.RequestsPerMinute());
        Command.Options.Add(options.Region());
        Command.Options.Add(_lexicon);
        Command.Options.Add(_force);
        Command.Options.Add(_quiet);
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var bookPath = parse.GetRequiredValue(_book);
        var target = Path.GetFullPath(parse.GetValue(_out) ?? Path.ChangeExtension(Path.GetFileName(bookPath), null) + ".preview.mp3");
        var request = new RenderRequest(bookPath, parse.GetValue(_lexicon), Chapters: null, parse.GetValue(_force), parse.GetValue(_quiet));
        var job = await RenderJob.PrepareAsync(request, context, cancellationToken).ConfigureAwait(false);
        var first = job.Book.Chapters.FirstOrDefault(c => c.Segments.Count > 0) ?? throw new CliException("the book has no text to preview");
        var segments = first.Segments.Take(parse.GetValue(_segments)).ToList();
        segments[^1] = segments[^1] with { PauseAfter = PauseKind.ChapterEnd };
        var sample = job with { Book = job.Book with { Chapters = [new ChapterSegments(first.Chapter, segments)] } };

        var workDirectory = Path.Combine(Path.GetTempPath(), "audiobook-preview-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var engine = await TtsEngine.StartAsync(context.Options<TtsClientOptions>(), context.Options<LocalTtsServerOptions>(), context.Time, cancellationToken).ConfigureAwait(false);
            var result = await sample.RunAsync(engine, workDirectory, context, OutputFormats.Mp3, cancellationToken).ConfigureAwait(false);
            var mp3 = result.Manifest.Chapters[0].Mp3File ?? throw new CliException("the preview produced no MP3");
            File.Copy(Path.Combine(workDirectory, mp3), target, overwrite: true);
            await context.Console.Out.WriteLineAsync($"preview: {target} ({segments.Count} segments, {result.Manifest.Chapters[0].DurationMs / 1000.0:0.0} s, voice {job.Voice.Voice})").ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (Directory.Exists(workDirectory))
            {
                Directory.Delete(workDirectory, recursive: true);
            }
        }
    }
}
