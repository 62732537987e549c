using Audiobook.Core.Costs;

namespace Audiobook.Core.Tests.Costs;

public sealed class BillingCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Hello, world!", 13)]
    [InlineData("你好", 4)]
    [InlineData("你好，世界。", 10)] // full-width punctuation counts 1
    [InlineData("こんにちは", 5)] // kana count 1
    [InlineData("漢字かな", 6)] // kanji 2 each, kana 1
    [InlineData("안녕하세요", 5)] // hangul counts 1
    [InlineData("韓國語", 6)] // hanja are Han
    [InlineData("𠀀", 2)] // Extension B, a surrogate pair: one character, Han
    [InlineData("😀", 1)] // an emoji, a surrogate pair: one character
    [InlineData("一〇二〇", 8)] // 〇 is Han
    [InlineData("丽", 2)] // U+4E3D
    [InlineData("\uF900", 2)] // compatibility ideograph
    [InlineData("Python 3.12 很好", 16)]
    [InlineData("你好，world!", 11)]
    [InlineData("a\nb", 3)]
    public void Count_Text_CountsHanTwiceAndEverythingElseOnce(string text, int expected) =>
        Assert.Equal(expected, BillingCounter.Count(text));
}
