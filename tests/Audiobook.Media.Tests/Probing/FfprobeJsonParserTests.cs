using Audiobook.Media.Encoding;
using Audiobook.Media.Probing;

namespace Audiobook.Media.Tests.Probing;

public sealed class FfprobeJsonParserTests
{
    [Fact]
    public void Parse_SavedM4bOutput_ReadsStreamsChaptersTagsAndCover()
    {
        var result = FfprobeJsonParser.Parse(File.ReadAllText(Path.Combine("Probing", "Data", "book.ffprobe.json")));

        Assert.Equal(TimeSpan.FromSeconds(21.943), result.Duration);
        var audio = Assert.IsType<StreamInfo>(result.Audio);
        Assert.Equal(("aac", 24000, 1, 518L), (audio.CodecName, audio.SampleRate!.Value, audio.Channels!.Value, audio.FrameCount!.Value));
        Assert.True(result.HasAttachedPicture);
        Assert.Equal("mjpeg", result.AttachedPicture!.CodecName);
        Assert.Equal("Book = One", result.Tag("TITLE"));
        Assert.Equal(
            [new ProbeChapter("第一章", TimeSpan.Zero, TimeSpan.FromSeconds(6.357)), new ProbeChapter("Two", TimeSpan.FromSeconds(6.357), TimeSpan.FromSeconds(13.739))],
            result.Chapters);
    }

    [Fact]
    public void Parse_NotJson_ThrowsMediaEncodingException()
    {
        Assert.Throws<MediaEncodingException>(() => FfprobeJsonParser.Parse("Invalid data found"));
    }
}
