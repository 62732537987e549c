using System.Runtime.InteropServices;
using System.Threading.Channels;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

/// <summary>The sink between espeak-ng's callback and the response: the first buffer at once, then whole batches, the rest at the end,
/// every sample once and in order.</summary>
public sealed class EspeakSinkTests
{
    // espeak-ng's 60 ms buffer at 22,050 Hz.
    private const int EspeakBuffer = 1323;

    [Fact]
    public async Task Deliver_FirstBufferAlone_ThenWholeBatches_RestOnComplete()
    {
        var channel = Channel.CreateUnbounded<short[]>();
        var sink = new EspeakSink(channel.Writer, CancellationToken.None);
        var input = Enumerable.Range(0, 20 * EspeakBuffer).Select(i => (short)(i * 7)).ToArray();

        for (var offset = 0; offset < input.Length; offset += EspeakBuffer)
        {
            Assert.True(Deliver(sink, input.AsSpan(offset, EspeakBuffer)));
        }

        sink.Complete(null);
        var batches = await ReadAllAsync(channel.Reader);

        Assert.Equal(EspeakBuffer, batches[0].Length);
        Assert.All(batches[1..^1], b => Assert.Equal(EspeakSink.BatchSamples, b.Length));
        Assert.Equal((input.Length - EspeakBuffer) % EspeakSink.BatchSamples, batches[^1].Length);
        Assert.Equal(input, batches.SelectMany(b => b));
    }

    [Fact]
    public async Task Complete_WithFailure_EndsTheStreamWithIt_WithoutThePartialBatch()
    {
        var channel = Channel.CreateUnbounded<short[]>();
        var sink = new EspeakSink(channel.Writer, CancellationToken.None);
        Deliver(sink, new short[EspeakBuffer]);
        Deliver(sink, new short[EspeakBuffer]);

        sink.Complete(new SynthesisException("broken"));

        var received = new List<short[]>();
        // As the response reads it: ReadAllAsync ends with the synthesis's own exception.
        await Assert.ThrowsAsync<SynthesisException>(async () =>
        {
            await foreach (var batch in channel.Reader.ReadAllAsync())
            {
                received.Add(batch);
            }
        });
        Assert.Equal([EspeakBuffer], received.Select(b => b.Length));
    }

    [Fact]
    public async Task Deliver_AfterTheReaderStopped_AsksEspeakToStop_AndCompleteSendsNothingMore()
    {
        var channel = Channel.CreateBounded<short[]>(1);
        using var stop = new CancellationTokenSource();
        var sink = new EspeakSink(channel.Writer, stop.Token);
        Assert.True(Deliver(sink, new short[EspeakBuffer]));
        await stop.CancelAsync();

        // The channel is full and the reader gone: the batch that fills up cannot be handed over, and espeak-ng is told to stop.
        Assert.False(Deliver(sink, new short[EspeakSink.BatchSamples]));
        Assert.True(sink.Stopped);
        sink.Complete(null);

        Assert.Equal(EspeakBuffer, (await channel.Reader.ReadAsync()).Length);
        Assert.False(await channel.Reader.WaitToReadAsync());
    }

    private static bool Deliver(EspeakSink sink, ReadOnlySpan<short> samples)
    {
        // The callback gets a pointer into espeak-ng's own buffer, which is reused after it returns.
        var native = Marshal.AllocHGlobal(samples.Length * sizeof(short));
        try
        {
            Marshal.Copy(samples.ToArray(), 0, native, samples.Length);
            var result = sink.Deliver(native, samples.Length);
            Marshal.Copy(new short[samples.Length], 0, native, samples.Length);
            return result;
        }
        finally
        {
            Marshal.FreeHGlobal(native);
        }
    }

    private static async Task<List<short[]>> ReadAllAsync(ChannelReader<short[]> reader)
    {
        var batches = new List<short[]>();
        await foreach (var batch in reader.ReadAllAsync())
        {
            batches.Add(batch);
        }

        return batches;
    }
}
