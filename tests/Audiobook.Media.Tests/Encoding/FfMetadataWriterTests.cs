using Audiobook.Media.Encoding;

namespace Audiobook.Media.Tests.Encoding;

public sealed class FfMetadataWriterTests
{
    [Fact]
    public void Write_SpecialCharacters_AreEscaped()
    {
        var tags = new AudioTags { Title = "a=b;c#d\\e", Artist = "line1\nline2", Genre = null };
        var chapters = new[] { new ChapterMarker("第一章 = 始まり; #1", TimeSpan.Zero, TimeSpan.FromMilliseconds(1500.4)), new ChapterMarker("Two", TimeSpan.FromMilliseconds(1500.4), TimeSpan.FromSeconds(3)) };

        var text = FfMetadataWriter.Write(tags, chapters);

        Assert.Equal(
            ";FFMETADATA1\n" +
            "title=a\\=b\\;c\\#d\\\\e\n" +
            "artist=line1\\\nline2\n" +
            "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\ntitle=第一章 \\= 始まり\\; \\#1\n" +
            "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=1500\nEND=3000\ntitle=Two\n",
            text);
    }

    [Fact]
    public void Write_ChapterEndingBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => FfMetadataWriter.Write(new AudioTags(), [new ChapterMarker("x", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1))]));
    }

    [Fact]
    public void Write_DefaultTags_GenreIsAudiobook()
    {
        Assert.Equal(";FFMETADATA1\ngenre=Audiobook\n", FfMetadataWriter.Write(new AudioTags(), []));
    }
}
