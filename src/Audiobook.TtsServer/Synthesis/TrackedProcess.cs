using System.Diagnostics;
using System.Text;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>A started child process: its pipes, a tail of its stderr, and disposal that kills it if it is still running.</summary>
internal sealed class TrackedProcess : IAsyncDisposable
{
    private const int StderrTailLength = 8000;
    private readonly Process _process;
    private readonly Action _onDisposed;
    private readonly Task _stderrPump;
    private readonly StringBuilder _stderr = new();
    private int _disposed;

    public TrackedProcess(Process process, Action onDisposed)
    {
        _process = process;
        _onDisposed = onDisposed;
        _stderrPump = PumpStderrAsync();
    }

    public Stream StandardInput => _process.StandardInput.BaseStream;

    public Stream StandardOutput => _process.StandardOutput.BaseStream;

    public string ProgramName => Path.GetFileName(_process.StartInfo.FileName);

    /// <summary>The last ~8000 characters of stderr (complete once the process exited).</summary>
    public string StderrTail
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString().Trim();
            }
        }
    }

    /// <summary>Waits for exit and for stderr to drain; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await _stderrPump.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>Kills the process tree if it is still running; never throws.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited or never started.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting while we tried to kill it.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Kill();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            await _stderrPump.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A process that ignores SIGKILL for 5 s is beyond our help; the handle is released below anyway.
        }

        _onDisposed();
        _process.Dispose();
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new char[1024];
        try
        {
            int read;
            while ((read = await _process.StandardError.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (_stderr)
                {
                    _stderr.Append(buffer, 0, read);
                    if (_stderr.Length > StderrTailLength)
                    {
                        _stderr.Remove(0, _stderr.Length - StderrTailLength);
                    }
                }
            }
        }
        catch (IOException)
        {
            // The pipe breaks when the process is killed.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while pumping.
        }
    }
}
