using System.Buffers.Binary;
using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Tests.Dsp;

public sealed class WavHeaderTests
{
    [Fact]
    public void Create_Streaming_UnknownLengthsAndParsesBack()
    {
        var header = WavHeader.Create(24000);

        Assert.Equal(44, header.Length);
        Assert.Equal(0xFFFFFFFFu, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)));
        Assert.Equal(0xFFFFFFFFu, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(40)));
        Assert.True(WavHeader.TryParse(header, out var format, out var offset));
        Assert.Equal(new WavFormat(1, 1, 24000, 16), format);
        Assert.Equal(44, offset);
    }

    [Fact]
    public void Create_KnownLength_RiffSizeIsDataPlus36()
    {
        var header = WavHeader.Create(8000, 1000);

        Assert.Equal(1036u, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)));
        Assert.Equal(1000u, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(40)));
        Assert.Equal(16000, BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(28)));
    }

    [Fact]
    public void TryParse_PartialOrExtraChunks_WaitsThenSkipsChunks()
    {
        byte[] list = [.. "LIST"u8, 4, 0, 0, 0, .. "INFO"u8];
        var canonical = WavHeader.Create(22050);
        byte[] withList = [.. canonical[..36], .. list, .. canonical[36..]];

        Assert.False(WavHeader.TryParse(withList.AsSpan(0, 30), out _, out _));
        Assert.True(WavHeader.TryParse(withList, out var format, out var offset));
        Assert.Equal(22050, format.SampleRate);
        Assert.Equal(56, offset);
        Assert.Throws<InvalidDataException>(() => WavHeader.TryParse("ID3\u0004xxxxxxxxxxxxx"u8.ToArray(), out _, out _));
    }
}
