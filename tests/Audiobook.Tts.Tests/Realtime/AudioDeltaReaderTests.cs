using System.Buffers;
using System.Text;
using System.Text.Json;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Realtime;

namespace Audiobook.Tts.Tests.Realtime;

public sealed class AudioDeltaReaderTests
{
    private static readonly byte[] Audio = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i * 7))];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TryRead_SerializedDelta_DecodesAudioAndResponseId(bool pooled)
    {
        var json = ProtocolJson.Serialize(new ResponseAudioDeltaEvent { EventId = "e", ResponseId = "resp_9", ItemId = "item", Delta = Convert.ToBase64String(Audio) });

        Assert.True(AudioDeltaReader.TryRead(json, pooled, out var responseId, out var chunk));

        Assert.Equal("resp_9", responseId);
        Assert.Equal(pooled, chunk.Pooled);
        Assert.Equal(Audio, chunk.Memory.ToArray());
        chunk.Return();
    }

    [Fact]
    public void TryRead_DeltaBeforeTypeAndEscapedBase64_StillDecodes()
    {
        // A strict JSON encoder escapes '+' and '/' as \u002B / \u002F.
        var base64 = Convert.ToBase64String(Audio).Replace("+", "\\u002B", StringComparison.Ordinal).Replace("/", "\\u002F", StringComparison.Ordinal);
        var json = Encoding.UTF8.GetBytes($$"""{"delta":"{{base64}}","nested":{"a":[1,{"b":2}]},"response_id":"r","type":"response.audio.delta"}""");

        Assert.True(AudioDeltaReader.TryRead(json, pooled: true, out var responseId, out var chunk));

        Assert.Equal("r", responseId);
        Assert.Equal(Audio, chunk.Memory.ToArray());
    }

    [Fact]
    public void TryRead_OtherEvent_ReturnsFalse()
    {
        var json = ProtocolJson.Serialize(new ResponseDoneEvent { EventId = "e", Response = new ResponseInfo { Id = "resp_1" } });

        Assert.False(AudioDeltaReader.TryRead(json, pooled: true, out _, out _));
    }

    [Fact]
    public void TryRead_EmptyDelta_ReturnsEmptyChunk()
    {
        Assert.True(AudioDeltaReader.TryRead("""{"type":"response.audio.delta","delta":""}"""u8, pooled: true, out _, out var chunk));

        Assert.Equal(0, chunk.Length);
    }

    [Fact]
    public void TryRead_InvalidBase64_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => AudioDeltaReader.TryRead("""{"type":"response.audio.delta","delta":"@@@@"}"""u8, pooled: true, out _, out _));
    }

    [Fact]
    public void MessageBuffer_GrowsAcrossFramesAndResets()
    {
        using var buffer = new MessageBuffer();
        var part = new byte[10_000];
        part.AsSpan().Fill(7);
        for (var i = 0; i < 10; i++)
        {
            part.CopyTo(buffer.GetMemory(part.Length));
            buffer.Advance(part.Length);
        }

        Assert.Equal(100_000, buffer.Count);
        Assert.True(buffer.WrittenSpan.IndexOfAnyExcept((byte)7) < 0);
        buffer.Reset();
        Assert.Equal(0, buffer.Count);
    }
}
