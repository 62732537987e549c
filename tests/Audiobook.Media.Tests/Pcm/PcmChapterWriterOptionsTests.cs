using System.ComponentModel.DataAnnotations;
using Audiobook.Media.Pcm;

namespace Audiobook.Media.Tests.Pcm;

public sealed class PcmChapterWriterOptionsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-150.0)]
    public void Constructor_RoomToneOutOfRange_ThrowsBeforeWriting(double level)
    {
        var path = Path.Combine(Path.GetTempPath(), $"writer-{Guid.NewGuid():N}.pcm");

        Assert.Throws<ValidationException>(() => new PcmChapterWriter(path, new PcmFormat(24000), new PcmChapterWriterOptions { RoomToneDb = level }));

        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}.*"));
    }

    [Fact]
    public void Constructor_UndefinedPauseFill_Throws() =>
        Assert.Throws<ValidationException>(() => new PcmChapterWriter(
            Path.Combine(Path.GetTempPath(), $"writer-{Guid.NewGuid():N}.pcm"), new PcmFormat(24000), new PcmChapterWriterOptions { PauseFill = (PauseFill)7 }));
}
