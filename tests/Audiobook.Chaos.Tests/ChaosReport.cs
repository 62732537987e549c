using System.Globalization;
using System.Text;

namespace Audiobook.Chaos.Tests;

/// <summary>The chaos and load tables as Markdown, written to the test's output and to a file
/// (<c>AUDIOBOOK_CHAOS_REPORT</c>, else audiobook-chaos-report.md in the temp folder) for CI's log and the docs.</summary>
internal static class ChaosReport
{
    public static string Path { get; } = Environment.GetEnvironmentVariable("AUDIOBOOK_CHAOS_REPORT") is { Length: > 0 } path
        ? path
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "audiobook-chaos-report.md");

    public static string Faults(IEnumerable<RoundResult> rounds)
    {
        var text = new StringBuilder()
            .AppendLine("| fault | renders in flight | completed | identical chapters | encoded twice | stuck | paid twice (chars, bound) | orphans |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rounds)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Fault} | {r.InFlight} | {r.Completed}/{r.Renders} | {r.Identical}/{r.Chapters} | {r.EncodedTwice} | {r.Stuck} | {r.PaidTwice} (≤ {r.PaidTwiceBound}) | {r.Orphans.Count} |");
        }

        return text.ToString();
    }

    public static void Append(string section)
    {
        lock (Path)
        {
            File.AppendAllText(Path, section + Environment.NewLine);
        }
    }
}
