using System.Globalization;
using System.Text;

namespace Audiobook.Chaos.Tests;

/// <summary>The ffmpeg and espeak-ng processes of one stack still alive, found in /proc by the marker every process of
/// the stack (and so every child of theirs) has in its environment. Other processes on the machine (other tests' ffmpeg)
/// do not carry it.</summary>
internal static class OrphanProcesses
{
    private static readonly string[] Names = ["ffmpeg", "espeak-ng", "espeak"];

    /// <summary>Waits up to <paramref name="grace"/> for the stack's media processes to exit (a killed worker's ffmpeg
    /// ends when it reads the closed pipe), then lists those still there as "pid name (parent ppid)".</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string marker, TimeSpan grace)
    {
        var until = TimeProvider.System.GetUtcNow() + grace;
        IReadOnlyList<string> found;
        while ((found = Scan(marker)).Count > 0 && TimeProvider.System.GetUtcNow() < until)
        {
            await Task.Delay(250);
        }

        return found;
    }

    private static List<string> Scan(string marker)
    {
        var needle = Encoding.UTF8.GetBytes($"{RunningService.MarkerVariable}={marker}\0");
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(dir);
            if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                var name = File.ReadAllText(Path.Combine(dir, "comm")).Trim();
                if (!Names.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                var environment = File.ReadAllBytes(Path.Combine(dir, "environ"));
                if (environment.AsSpan().IndexOf(needle) >= 0)
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    // stat: "pid (comm) state ppid ...": the parent follows the closing parenthesis and the state.
                    var parent = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1];
                    found.Add($"{pid} {name} (parent {parent})");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked: not an orphan.
            }
        }

        return found;
    }
}
