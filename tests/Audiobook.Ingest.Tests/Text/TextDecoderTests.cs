using System.Text;
using Audiobook.Ingest.Text;

namespace Audiobook.Ingest.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Sample = "Chapter 1\n\n老周守了灯塔。 Café.";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Sample) },
        { "utf-8 bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16le bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16be bom", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "utf-32le bom", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Sample)] },
        { "gb18030", CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(Sample) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_Encoding_ReturnsTextWithoutBom(string encoding, byte[] bytes)
    {
        Assert.NotNull(encoding);
        Assert.Equal(Sample, TextDecoder.Decode(bytes, "x.txt"));
    }

    [Fact]
    public void Decode_BinaryGarbage_ThrowsClearError()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var ex = Assert.Throws<BookFormatException>(() => TextDecoder.Decode(bytes, "garbage.txt"));
        Assert.StartsWith("garbage.txt: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ValidUtf8WithControlCharacters_IsBinary()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 2 == 0 ? 'a' : 0x01)).ToArray();
        var ex = Assert.Throws<BookFormatException>(() => TextDecoder.Decode(bytes, "ctl.txt"));
        Assert.Equal("ctl.txt: looks like binary data, not text", ex.Message);
    }
}
