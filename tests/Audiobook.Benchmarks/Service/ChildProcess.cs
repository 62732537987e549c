using System.Diagnostics;

namespace Audiobook.Benchmarks.Service;

/// <summary>A process the service benchmarks start (a worker, the TTS server, a local render), with its output in a log and
/// a graceful stop (SIGTERM), so its CPU time is counted in this process's reaped children.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _pump;

    private ChildProcess(Process process, string log)
    {
        _process = process;
        _pump = Task.WhenAll(CopyAsync(process.StandardOutput, log), CopyAsync(process.StandardError, log));
    }

    public int Id => _process.Id;

    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IDictionary<string, string?> environment, string log)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, dll), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("DASHSCOPE_API_KEY");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}"), log);
    }

    public async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        return _process.ExitCode;
    }

    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }

        await WaitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await WaitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static async Task CopyAsync(StreamReader reader, string path)
    {
        string? line;
        while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) is not null)
        {
            lock (reader.BaseStream)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
