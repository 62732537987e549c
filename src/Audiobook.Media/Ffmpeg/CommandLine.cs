using System.Text;

namespace Audiobook.Media.Ffmpeg;

/// <summary>Joins arguments into the one command-line string FFMpegCore hands to <c>ProcessStartInfo.Arguments</c>.
/// .NET splits that string back into argv with the Windows rules on every platform (double quotes group,
/// backslashes escape only before a quote), so each argument is quoted by those rules: any path or tag survives.</summary>
internal static class CommandLine
{
    public static string Join(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var sb = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            Append(sb, argument);
        }

        return sb.ToString();
    }

    public static string Quote(string argument)
    {
        var sb = new StringBuilder();
        Append(sb, argument);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string argument)
    {
        if (argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"' || c == '\\'))
        {
            sb.Append(argument);
            return;
        }

        sb.Append('"');
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            if (c == '"')
            {
                // Backslashes before a quote are escapes: double them, then escape the quote itself.
                sb.Append('\\', (backslashes * 2) + 1).Append('"');
            }
            else
            {
                sb.Append('\\', backslashes).Append(c);
            }

            backslashes = 0;
        }

        // Backslashes before the closing quote must be doubled so it still closes.
        sb.Append('\\', backslashes * 2).Append('"');
    }
}
