using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Starts every espeak-ng/ffmpeg process of the server and kills whatever still runs when the server stops
/// (jellyfin's rule: every process started is tracked and killed on dispose).</summary>
internal sealed class ProcessTracker(ServerStatistics statistics) : IDisposable
{
    private readonly ConcurrentDictionary<TrackedProcess, byte> _running = new();

    public int RunningCount => _running.Count;

    /// <summary>Starts a process with redirected stdin/stdout/stderr. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/>, never one string.</summary>
    /// <exception cref="SynthesisException">The executable could not be started.</exception>
    public TrackedProcess Start(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            process.Dispose();
            throw new SynthesisException($"'{fileName}' could not be started: {exception.Message}", exception);
        }

        statistics.ProcessStarted();
        TrackedProcess? tracked = null;
        tracked = new TrackedProcess(process, () =>
        {
            if (_running.TryRemove(tracked!, out _))
            {
                statistics.ProcessEnded();
            }
        });
        _running.TryAdd(tracked, 0);
        return tracked;
    }

    /// <summary>Counts a synthesis that runs inside this process (<see cref="EspeakLibrary"/>) as a running synthesis process until the
    /// returned scope is disposed, so <c>processes_running</c> still says whether any synthesis is under way.</summary>
    public IDisposable TrackInProcess()
    {
        statistics.ProcessStarted();
        return new InProcessScope(statistics);
    }

    public void Dispose()
    {
        foreach (var process in _running.Keys)
        {
            process.Kill();
        }
    }
}
