using System.Collections.Concurrent;
using Audiobook.Media.Encoding;
using FFMpegCore;

namespace Audiobook.Media.Ffmpeg;

/// <summary>Runs ffmpeg through FFMpegCore. Every run is tracked: cancelling its token, or disposing the runner,
/// kills the process (after <c>gracePeriod</c>) and the call ends with <see cref="OperationCanceledException"/>.
/// A non-zero exit becomes a <see cref="MediaEncodingException"/> with the tail of standard error.</summary>
internal sealed class FfmpegRunner(FFOptions options, TimeSpan gracePeriod, int maxConcurrent) : IAsyncDisposable
{
    private const int TailLines = 25;
    private readonly CancellationTokenSource _disposing = new();
    private readonly SemaphoreSlim _slots = new(ValidSlots(maxConcurrent));
    private readonly ConcurrentDictionary<int, Task> _running = new();
    private int _nextId;
    private bool _disposed;

    public FFOptions Options => options;

    // No clamping: EncoderOptions is validated at start, so a bad limit here is a bug to surface, not to hide.
    private static int ValidSlots(int maxConcurrent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        return maxConcurrent;
    }

    /// <summary>Runs <paramref name="command"/>; returns every line ffmpeg wrote to standard error.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(FfmpegCommand command, string what, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        var token = linked.Token;
        await _slots.WaitAsync(token).ConfigureAwait(false);
        var id = Interlocked.Increment(ref _nextId);
        try
        {
            var run = RunCoreAsync(command, token);
            _running[id] = run;
            var result = await run.ConfigureAwait(false);
            if (result.Cancelled || token.IsCancellationRequested)
            {
                throw new OperationCanceledException($"ffmpeg was cancelled ({what}).", null, token);
            }

            if (result.ExitCode != 0)
            {
                var lines = result.StandardError;
                var tail = string.Join('\n', lines.Skip(Math.Max(0, lines.Count - TailLines)));
                var last = lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? "no output";
                throw new MediaEncodingException($"ffmpeg failed {what} (exit code {result.ExitCode}): {last}", tail, result.ExitCode);
            }

            return result.StandardError;
        }
        finally
        {
            _running.TryRemove(id, out _);
            _slots.Release();
        }
    }

    private Task<FFMpegResult> RunCoreAsync(FfmpegCommand command, CancellationToken token) =>
        FFMpegArguments
            .FromInput(new RawArgument(CommandLine.Join(command.InputArguments)))
            .OutputTo(new RawArgument(CommandLine.Join(command.OutputArguments)))
            .CancellableThrough(token, gracePeriod)
            .ProcessAsynchronously(throwOnError: false, options, token);

    /// <summary>Kills every running ffmpeg and waits for the processes to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _disposing.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Values).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the runs were cancelled.
        }
        catch (MediaEncodingException)
        {
            // A killed process may also exit with an error; nobody is waiting for it any more.
        }

        _disposing.Dispose();
    }
}
