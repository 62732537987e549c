using System.CommandLine;

namespace Audiobook.Cli.Commands;

/// <summary><c>completion</c>: prints a bash script that completes verbs, options and their values by asking the program itself
/// through System.CommandLine's <c>[suggest]</c> directive (<c>source &lt;(audiobook completion bash)</c>).</summary>
internal sealed class CompletionCommand : ICliCommand
{
    private const string BashScript = """
        # bash completion for audiobook: add `source <(audiobook completion bash)` to ~/.bashrc
        _audiobook_complete() {
            local cur="${COMP_WORDS[COMP_CWORD]}" IFS=$'\n'
            local candidates
            candidates=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
            COMPREPLY=( $(compgen -W "${candidates}" -- "${cur}") )
        }
        complete -o default -F _audiobook_complete audiobook
        """;

    private readonly Argument<string> _shell = new("shell") { Description = "the shell", DefaultValueFactory = _ => "bash" };

    public CompletionCommand()
    {
        _shell.AcceptOnlyFromAmong("bash");
        Command = new Command("completion", "print the shell completion script (bash)") { _shell };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await context.Console.Out.WriteLineAsync(BashScript.ReplaceLineEndings("\n")).ConfigureAwait(false);
        return 0;
    }
}
