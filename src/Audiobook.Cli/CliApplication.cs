using System.Collections;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Audiobook.Cli.Commands;
using Audiobook.Cli.Hosting;
using Audiobook.Core.Lexicons;
using Audiobook.Ingest;
using Audiobook.Jobs.Submissions;
using Audiobook.Media.Encoding;
using Audiobook.Rendering.Configuration;
using Audiobook.Tts;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Audiobook.Cli;

/// <summary>The <c>audiobook</c> command on System.CommandLine: parses, builds the host for the chosen verb, runs it, and turns
/// failures into one line and an exit code (1 file system or database, 2 bad input, configuration or a refusal of the service,
/// 3 TTS, 4 ffmpeg, 130 cancelled).</summary>
internal static class CliApplication
{
    private static IReadOnlyList<ICliCommand> CreateCommands(OptionFactory options, OptionBindings bindings) =>
    [
        // Each verb lives in Commands/<Verb>Command.cs; add it here.
        new InspectCommand(options),
        new EstimateCommand(options),
        new VoicesCommand(options),
        new PreviewCommand(options),
        new RenderCommand(options),
        new CompletionCommand(),
        new MigrateCommand(),
        new WorkerCommand(bindings),
        new PublisherCommand(),
        new TokenCommand(),
        new UserCommand(),
        new SubmitCommand(options),
        new StatusCommand(),
        new RerenderCommand(),
        new CancelCommand(),
        new NightlyCommand(),
    ];

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, output, error, environment: null);

    /// <param name="args">The command line.</param>
    /// <param name="output">Results.</param>
    /// <param name="error">Progress and errors.</param>
    /// <param name="environment">The environment variables to configure from; null reads the process's (tests pass their own).</param>
    /// <param name="input">What <c>--password-stdin</c> reads; null is standard input (tests pass their own).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IDictionary? environment, TextReader? input = null)
    {
        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddAudiobookConfiguration(environmentVariables: environment).Build();
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync($"error: configuration: {OneLine(ex.Message)}: {OneLine(ex.InnerException?.Message ?? string.Empty)}").ConfigureAwait(false);
            return 2;
        }

        var bindings = new OptionBindings();
        var console = new CliConsole(output, error) { In = input ?? Console.In };
        var root = new RootCommand("Turns books (EPUB, Markdown, text) into finished audiobooks with Qwen TTS Realtime, or the embedded engine when no API key is set.");
        foreach (var command in CreateCommands(new OptionFactory(CliDefaults.Read(configuration), bindings), bindings))
        {
            root.Subcommands.Add(command.Command);
            // A verb with subcommands (publisher add|list) runs through its leaves; naming only the group is a parse error.
            foreach (var leaf in Leaves(command.Command))
            {
                leaf.SetAction((parse, _) => RunVerbAsync(command, parse, bindings, environment, console));
            }
        }

        // A bare 'audiobook' shows the help, but as a usage error.
        root.SetAction(parse =>
        {
            new HelpAction().Invoke(parse);
            return 2;
        });

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            await error.WriteLineAsync("error: " + ParseErrors.OneLine(parsed)).ConfigureAwait(false);
            return 2;
        }

        // Ctrl-C is handled per verb (the first stops cleanly, the second kills), not by System.CommandLine.
        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        }).ConfigureAwait(false);
    }

    private static async Task<int> RunVerbAsync(ICliCommand command, ParseResult parse, OptionBindings bindings, IDictionary? environment, CliConsole console)
    {
        var error = console.Error;
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // First Ctrl-C stops cleanly (work already done is kept); a second one kills the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await using var host = await CliHost.StartAsync(environment, bindings.Overrides(parse), bindings.OptionNames(parse), command is IServiceCommand).ConfigureAwait(false);
            return await command.RunAsync(parse, new CliContext(host.Services, console), cancellation.Token).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"error: {OneLine(ex.Message)}").ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (SubmissionException ex)
        {
            // The service's one-line refusals (unknown publisher or render, a budget, a voice), not-found included.
            await error.WriteLineAsync($"error: {OneLine(ex.Message)}").ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (ex is BookFormatException or LexiconFormatException)
        {
            await error.WriteLineAsync($"error: {OneLine(ex.Message)}").ConfigureAwait(false);
            return 2;
        }
        catch (TtsException ex)
        {
            var kind = ex.IsRetryable ? "TTS service kept failing" : "TTS service refused the request";
            await error.WriteLineAsync($"error: {kind}: {OneLine(ex.Message)}").ConfigureAwait(false);
            return 3;
        }
        catch (MediaEncodingException ex)
        {
            await error.WriteLineAsync($"error: ffmpeg failed: {OneLine(ex.Message)}").ConfigureAwait(false);
            return 4;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"error: {OneLine(ex.Message)}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await error.WriteLineAsync("stopped: work done so far is kept; run the same command again to resume").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (DatabaseFailure(ex) is { } database)
        {
            // EF Core wraps what its retry strategy gave up on; the cause is the Npgsql exception inside.
            if (database is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable })
            {
                await error.WriteLineAsync("error: the database has no schema yet: run 'audiobook migrate' first").ConfigureAwait(false);
                return 2;
            }

            // Unreachable server, refused login, lost connection: the environment, like a file system error.
            await error.WriteLineAsync($"error: database: {OneLine(database.Message)}{(database.InnerException is { } inner ? ": " + OneLine(inner.Message) : "")}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static NpgsqlException? DatabaseFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException database)
            {
                return database;
            }
        }

        return null;
    }

    private static IEnumerable<Command> Leaves(Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
