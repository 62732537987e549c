namespace Audiobook.Cli;

/// <summary>Where a command writes: standard output for results, standard error for progress and errors.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
