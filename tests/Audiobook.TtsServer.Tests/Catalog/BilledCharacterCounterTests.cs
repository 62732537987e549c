using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Tests.Catalog;

public sealed class BilledCharacterCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Hello", 5)]
    [InlineData("你好", 4)]
    [InlineData("你好，world!", 11)]
    [InlineData("漢字", 4)]
    [InlineData("かな カナ", 5)]
    [InlineData("한국어", 3)]
    [InlineData("〇", 2)]
    [InlineData("\U00020000", 2)]
    [InlineData("😀", 1)]
    [InlineData("。", 1)]
    [InlineData("a\nb", 3)]
    public void Count_Text_HanziTwoEverythingElseOne(string text, int expected) =>
        Assert.Equal(expected, BilledCharacterCounter.Count(text));
}
