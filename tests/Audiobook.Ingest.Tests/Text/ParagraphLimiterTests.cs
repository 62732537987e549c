using Audiobook.Ingest.Text;

namespace Audiobook.Ingest.Tests.Text;

public sealed class ParagraphLimiterTests
{
    [Fact]
    public void Split_ShortParagraph_IsKept() =>
        Assert.Equal(["Short."], ParagraphLimiter.Split("Short.", 100));

    [Fact]
    public void Split_LongParagraph_CutsAtSentenceEnds()
    {
        var text = string.Join(" ", Enumerable.Repeat("This sentence is exactly forty chars..", 30));

        var pieces = ParagraphLimiter.Split(text, 200).ToList();

        Assert.True(pieces.Count > 5);
        Assert.All(pieces, p => Assert.True(p.Length <= 200));
        Assert.All(pieces, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Split_NoSentenceEnds_CutsAtSpaces()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 500));
        var pieces = ParagraphLimiter.Split(text, 100).ToList();
        Assert.All(pieces, p => Assert.Matches("^(word ?)+$", p));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Split_NoSpacesAtAll_CutsAtTheLimit()
    {
        var text = new string('字', 1000);
        var pieces = ParagraphLimiter.Split(text, 300).ToList();
        Assert.Equal([300, 300, 300, 100], pieces.Select(p => p.Length));
    }

    [Fact]
    public void Split_ShortSentences_CutsAfterTheLastSentenceWithinTheLimit()
    {
        var pieces = ParagraphLimiter.Split("One two three four. Five six seven eight. Nine ten.", 25).ToList();

        Assert.Equal(["One two three four.", "Five six seven eight.", "Nine ten."], pieces);
    }

    [Fact]
    public void Split_TextWithoutSpaces_IsCutAtTheLimitKeepingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("字😀", 10));

        var pieces = ParagraphLimiter.Split(text, 16).ToList();

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
    }

    [Fact]
    public void Split_ChineseSentences_CutsAfterTheFullStop()
    {
        var text = string.Concat(Enumerable.Repeat("灯塔的光照亮了海面。", 10));

        var pieces = ParagraphLimiter.Split(text, 35).ToList();

        Assert.All(pieces, p => Assert.EndsWith("。", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(pieces));
    }
}
