using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("  lead and trail  ", "lead and trail")]
    [InlineData("many   spaces\there\nand\r\nlines", "many spaces here and lines")]
    [InlineData("no\u00A0break\u202Fnarrow\u3000ideographic", "no break narrow ideographic")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("\uFEFFbom", "bom")]
    [InlineData("bidi\u200E\u200F\u202Amarks\u202C\u2066x\u2069", "bidimarksx")]
    [InlineData("word\u2060joiner", "wordjoiner")]
    [InlineData("bell\u0007 control", "bell control")]
    [InlineData("", "")]
    [InlineData(" \u200B ", "")]
    public void Normalize_Input_ReturnsCleanText(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_DecomposedAccents_ComposesToNfc()
    {
        var decomposed = "Cafe\u0301 Zu\u0308rich";
        Assert.Equal("Café Zürich", TextNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void Normalize_EmojiZeroWidthJoiner_IsKept()
    {
        const string family = "👩\u200D👩\u200D👧";
        Assert.Equal(family, TextNormalizer.Normalize(family));
    }

    [Fact]
    public void Normalize_CleanText_ReturnsSameInstance()
    {
        const string text = "Already clean, 已经干净。";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }
}
