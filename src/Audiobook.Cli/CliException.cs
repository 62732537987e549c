namespace Audiobook.Cli;

/// <summary>A failure the user can act on: printed as one line, exit code <see cref="ExitCode"/>.</summary>
internal sealed class CliException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
