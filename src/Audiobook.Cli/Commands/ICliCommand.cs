using System.CommandLine;

namespace Audiobook.Cli.Commands;

/// <summary>One verb of the <c>audiobook</c> command, in its own file: its <see cref="Command"/> (arguments and options, built
/// with <see cref="OptionFactory"/>) and what it does. The application builds and validates the host before calling
/// <see cref="RunAsync"/>, so the verb finds every configured service in <see cref="CliContext"/>.</summary>
internal interface ICliCommand
{
    Command Command { get; }

    /// <summary>Runs the verb; returns the exit code. Throw <see cref="CliException"/> for a one-line user error.</summary>
    Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken);
}
