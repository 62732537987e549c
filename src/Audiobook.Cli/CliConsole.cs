namespace Audiobook.Cli;

/// <summary>Where a command writes: standard output for results, standard error for progress and errors; and what it
/// reads when told to (<c>user add --password-stdin</c>), standard input by default.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public TextReader In { get; init; } = Console.In;
}
