using System.CommandLine;
using System.CommandLine.Parsing;

namespace Audiobook.Cli.Hosting;

/// <summary>One line for a command line System.CommandLine could not parse (its own report prints every error plus the help).</summary>
internal static class ParseErrors
{
    public static string OneLine(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var help = command is RootCommand ? "see 'audiobook --help'" : $"see 'audiobook {command.Name} --help'";
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            return token.StartsWith('-') ? $"unknown option {token} ({help})"
                : command is RootCommand ? $"unknown command '{token}' ({help})"
                : $"unexpected argument '{token}' ({help})";
        }

        var error = parse.Errors[0];
        if (error.SymbolResult is OptionResult { Option: { Required: true } option, Tokens.Count: 0 })
        {
            return $"{option.Name} <{option.HelpName ?? "value"}> is required ({help})";
        }

        return string.Join(' ', error.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
