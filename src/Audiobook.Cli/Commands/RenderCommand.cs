using System.CommandLine;
using Audiobook.Cli.Engine;
using Audiobook.Cli.Rendering;
using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Cli.Commands;

/// <summary><c>render</c>: a book into a finished audiobook (M4B, per-chapter MP3, captions, manifest).</summary>
internal sealed class RenderCommand : ICliCommand
{
    private readonly Argument<string> _book = OptionFactory.Book();
    private readonly Option<string> _out = new("--out") { Description = "output folder (the M4B, mp3/, captions/, manifest.json)", HelpName = "dir", Required = true };
    private readonly Option<IReadOnlySet<int>?> _chapters = OptionFactory.Chapters();
    private readonly Option<string?> _lexicon = OptionFactory.Lexicon();
    private readonly Option<bool> _force = OptionFactory.Force();
    private readonly Option<bool> _quiet = OptionFactory.Quiet();

    public RenderCommand(OptionFactory options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Command = new Command("render", "a book into a finished audiobook: M4B with chapters, per-chapter MP3, captions, manifest.json") { _book, _out };
        Command.Options.Add(options.Model());
        options.AddVoicing(Command);
        Command.Options.Add(options.Format());
        Command.Options.Add(_chapters);
        Command.Options.Add(options.Concurrency());
        Command.Options.Add(options.RequestsPerMinute());
        Command.Options.Add(options.Region());
        Command.Options.Add(_lexicon);
        options.AddBookReading(Command);
        Command.Options.Add(_force);
        Command.Options.Add(_quiet);
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var request = new RenderRequest(parse.GetRequiredValue(_book), parse.GetValue(_lexicon), parse.GetValue(_chapters), parse.GetValue(_force), parse.GetValue(_quiet));
        var job = await RenderJob.PrepareAsync(request, context, cancellationToken).ConfigureAwait(false);
        var console = context.Console;
        await using var engine = await TtsEngine.StartAsync(context.Options<TtsClientOptions>(), context.Options<LocalTtsServerOptions>(), context.Time, cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync($"rendering '{job.Book.Book.Metadata.Title}' with {job.Voice.Voice} on {job.Voice.Model} via {engine.Description}").ConfigureAwait(false);

        var result = await job.RunAsync(engine, Path.GetFullPath(parse.GetRequiredValue(_out)), context, formats: null, cancellationToken).ConfigureAwait(false);
        await RenderSummary.WriteAsync(result, console.Out).ConfigureAwait(false);
        if (result.Warning is not null)
        {
            await console.Error.WriteLineAsync("warning: " + result.Warning).ConfigureAwait(false);
        }

        return 0;
    }
}
