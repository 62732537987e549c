using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Where one in-process synthesis puts its samples: a bounded channel the response reads. Runs on the synthesis thread, inside
/// espeak-ng's callback, so it waits synchronously when the reader is far behind and never throws. The first buffer goes to the reader at
/// once (the first audio of a response is not delayed); after it, samples are handed over in batches of <see cref="BatchSamples"/>:
/// espeak-ng makes a 60 ms buffer in about 60 µs, and waking the reader for every one of them cost more CPU than speaking them.</summary>
internal sealed class EspeakSink(ChannelWriter<short[]> writer, CancellationToken stopToken)
{
    /// <summary>Samples per batch after the first buffer: ~370 ms at espeak-ng's 22,050 Hz.</summary>
    internal const int BatchSamples = 8192;

    private short[]? _pending;
    private int _filled;
    private bool _started;

    /// <summary>The reader is gone or the response was cancelled: espeak-ng should stop.</summary>
    public bool Stopped => stopToken.IsCancellationRequested;

    /// <summary>Takes <paramref name="count"/> samples from espeak-ng's buffer at <paramref name="samples"/> (copied before it returns);
    /// false when the synthesis should stop.</summary>
    public bool Deliver(IntPtr samples, int count)
    {
        if (!_started)
        {
            _started = true;
            var first = new short[count];
            Marshal.Copy(samples, first, 0, count);
            return Write(first);
        }

        var offset = 0;
        while (offset < count)
        {
            _pending ??= new short[BatchSamples];
            var take = Math.Min(BatchSamples - _filled, count - offset);
            Marshal.Copy(IntPtr.Add(samples, offset * sizeof(short)), _pending, _filled, take);
            _filled += take;
            offset += take;
            if (_filled == BatchSamples && !Flush())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hands the last partial batch to the reader (unless the synthesis failed or was stopped) and ends its stream, with the
    /// synthesis's failure if it had one.</summary>
    public void Complete(Exception? failure)
    {
        if (failure is null && !Stopped)
        {
            Flush();
        }

        writer.TryComplete(failure);
    }

    private bool Flush()
    {
        if (_pending is null || _filled == 0)
        {
            return true;
        }

        var batch = _filled == _pending.Length ? _pending : _pending.AsSpan(0, _filled).ToArray();
        _pending = null;
        _filled = 0;
        return Write(batch);
    }

    private bool Write(short[] samples)
    {
        try
        {
            while (!writer.TryWrite(samples))
            {
                // Blocking is right here: this is espeak-ng's dedicated thread, inside a synchronous native call.
                if (!writer.WaitToWriteAsync(stopToken).AsTask().GetAwaiter().GetResult())
                {
                    return false;
                }
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
