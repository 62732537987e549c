namespace Audiobook.Cli.Commands;

/// <summary>One verb of the <c>audiobook</c> command.</summary>
internal interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for the help listing, e.g. "inspect &lt;book&gt; [--json]   metadata and chapters of a book".</summary>
    string Usage { get; }

    /// <summary>Runs the verb; returns the process exit code. Throw <see cref="CliException"/> for a one-line user error.</summary>
    Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken);
}
