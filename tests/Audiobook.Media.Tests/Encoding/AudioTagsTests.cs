using Audiobook.Media.Encoding;

namespace Audiobook.Media.Tests.Encoding;

public sealed class AudioTagsTests
{
    [Fact]
    public void ToMetadata_HugeDescription_CutAtAWordWithAnEllipsis()
    {
        var description = string.Concat(Enumerable.Repeat("All work and no play. ", 20_000));

        var value = Description(new AudioTags { Description = description });

        Assert.InRange(value.Length, AudioTags.MaxValueLength - 30, AudioTags.MaxValueLength);
        Assert.EndsWith("…", value, StringComparison.Ordinal);
        Assert.StartsWith(value[..^1], description, StringComparison.Ordinal);
        Assert.False(char.IsWhiteSpace(value[^2]));
        Assert.Equal(' ', description[value.Length - 1]);
    }

    [Fact]
    public void ToMetadata_LongTextWithoutSpaces_CutAtTheLimitNotInsideASurrogatePair()
    {
        // "𠀀" is one character outside the BMP: two UTF-16 units; the limit falls between them.
        var description = "第一" + string.Concat(Enumerable.Repeat("𠀀", 3000));

        var value = Description(new AudioTags { Description = description });

        Assert.Equal(AudioTags.MaxValueLength - 1, value.Length);
        Assert.False(char.IsHighSurrogate(value[^2]));
        Assert.StartsWith(value[..^1], description, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMetadata_ControlCharacters_DroppedNewlinesAndTabsKept()
    {
        var tags = new AudioTags { Title = "A\0B\u0007C", Description = "one\r\ntwo\tthree\u001b[31m" };

        Assert.Equal("ABC", tags.ToMetadata().Single(p => p.Key == "title").Value);
        Assert.Equal("one\ntwo\tthree[31m", Description(tags));
    }

    [Fact]
    public void ToMetadata_OnlyControlCharacters_LeftOut()
    {
        Assert.DoesNotContain(new AudioTags { Comment = "\0\u0001" }.ToMetadata(), p => p.Key == "comment");
    }

    private static string Description(AudioTags tags) => tags.ToMetadata().Single(p => p.Key == "description").Value;
}
