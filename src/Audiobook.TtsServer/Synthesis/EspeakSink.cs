using System.Threading.Channels;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Where one in-process synthesis puts its samples: a bounded channel the response reads. Runs on the synthesis thread, inside
/// espeak-ng's callback, so it waits synchronously when the reader is far behind and never throws.</summary>
internal sealed class EspeakSink(ChannelWriter<short[]> writer, CancellationToken stopToken)
{
    /// <summary>The reader is gone or the response was cancelled: espeak-ng should stop.</summary>
    public bool Stopped => stopToken.IsCancellationRequested;

    /// <summary>Hands one buffer to the reader; false when the synthesis should stop.</summary>
    public bool Deliver(short[] samples)
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

    /// <summary>Ends the reader's stream, with the synthesis's failure if it had one.</summary>
    public void Complete(Exception? failure) => writer.TryComplete(failure);
}
