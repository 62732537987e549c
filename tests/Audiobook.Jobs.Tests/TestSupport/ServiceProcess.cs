using System.Diagnostics;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>A real service process (the programs operators run: <c>audiobook worker</c>, or the dashboard), configured
/// through its environment, with its output in a log file. It can be killed (SIGKILL, a crash) or stopped (SIGTERM, a
/// deploy).</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _pump;

    private ServiceProcess(Process process, string log)
    {
        _process = process;
        Log = log;
        _pump = Task.WhenAll(CopyAsync(process.StandardOutput, log), CopyAsync(process.StandardError, log));
    }

    public int Id => _process.Id;

    public string Log { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>audiobook worker</c>; <paramref name="lowPriority"/> starts it under <c>nice -n 10</c>, as
    /// scripts/serve.sh does, so the dashboard and PostgreSQL on the same machine stay responsive while it renders.</summary>
    public static ServiceProcess Start(IDictionary<string, string?> settings, string log, bool lowPriority = false) =>
        Start(lowPriority ? ["nice", "-n", "10", "dotnet"] : ["dotnet"], "audiobook.dll", ["worker"], settings, log);

    /// <summary>Starts the dashboard (<c>Audiobook.Dashboard.dll</c>, copied beside the tests by a project reference).</summary>
    public static ServiceProcess StartDashboard(IDictionary<string, string?> settings, string log) => Start(["dotnet"], "Audiobook.Dashboard.dll", [], settings, log);

    /// <summary><paramref name="launcher"/> is the command before the program (<c>dotnet</c>, or <c>nice -n 10 dotnet</c>:
    /// nice execs, so the process id is the program's own and signals reach it).</summary>
    private static ServiceProcess Start(string[] launcher, string program, string[] arguments, IDictionary<string, string?> settings, string log)
    {
        var start = new ProcessStartInfo(launcher[0], [.. launcher[1..], Path.Combine(AppContext.BaseDirectory, program), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("DASHSCOPE_API_KEY");
        foreach (var (key, value) in settings)
        {
            start.Environment["AUDIOBOOK__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        return new ServiceProcess(process, log);
    }

    /// <summary>SIGKILL: the process dies at once, mid-chapter, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGKILL of the worker alone, as the kernel's OOM killer does it: its ffmpeg children are not killed with
    /// it, so what they do next (exit on the closed pipe, or linger as orphans) is what the service leaves behind.</summary>
    public async Task CrashAsync()
    {
        using (var kill = Process.Start("kill", ["-KILL", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: a graceful stop, as Docker or systemd sends it.</summary>
    public async Task TerminateAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _pump;
        _process.Dispose();
    }

    private static async Task CopyAsync(StreamReader reader, string path)
    {
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null)
        {
            lock (reader.BaseStream)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
