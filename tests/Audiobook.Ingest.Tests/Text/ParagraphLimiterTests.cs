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
}
