using Audiobook.Cli.Commands;
using Audiobook.Core.Lexicons;
using Audiobook.Ingest;
using Audiobook.Media.Encoding;
using Audiobook.Tts;

namespace Audiobook.Cli;

/// <summary>Dispatches a verb to its command and turns failures into one line and a non-zero exit code.</summary>
internal static class CliApplication
{
    /// <summary>Options that take no value, for every verb.</summary>
    internal static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal)
    {
        "json", "help", "include-front-matter", "include-back-matter", "force", "quiet",
    };

    private static IReadOnlyList<ICliCommand> CreateCommands() =>
    [
        // Each verb lives in Commands/<Verb>Command.cs; add it here.
        new RenderCommand(TimeProvider.System),
        new PreviewCommand(TimeProvider.System),
        new VoicesCommand(),
        new InspectCommand(),
        new EstimateCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var commands = CreateCommands();
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await PrintHelpAsync(commands, output).ConfigureAwait(false);
            return args.Length == 0 ? 2 : 0;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await error.WriteLineAsync($"error: unknown command '{args[0]}' (try 'help')").ConfigureAwait(false);
            return 2;
        }

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
            var arguments = CliArguments.Parse(args[1..], Flags);
            return await command.RunAsync(arguments, console, cancellation.Token).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is BookFormatException or LexiconFormatException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
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
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static async Task PrintHelpAsync(IReadOnlyList<ICliCommand> commands, TextWriter output)
    {
        await output.WriteLineAsync("usage: audiobook <command> [arguments]").ConfigureAwait(false);
        foreach (var command in commands)
        {
            await output.WriteLineAsync("  " + command.Usage).ConfigureAwait(false);
        }
    }
}
