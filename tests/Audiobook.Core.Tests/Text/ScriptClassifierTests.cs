using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class ScriptClassifierTests
{
    [Theory]
    [InlineData(0x4E2D, true)] // 中
    [InlineData(0x3400, true)] // Extension A
    [InlineData(0x20000, true)] // Extension B
    [InlineData(0x2B740, true)] // Extension D
    [InlineData(0x30000, true)] // Extension G
    [InlineData(0xF900, true)] // compatibility ideograph
    [InlineData(0x2F800, true)] // compatibility supplement
    [InlineData(0x3007, true)] // 〇
    [InlineData(0x3042, false)] // あ
    [InlineData(0xAC00, false)] // 가
    [InlineData(0x3002, false)] // 。
    [InlineData(0xFF0C, false)] // ，
    [InlineData(0x2E80, false)] // CJK radical
    [InlineData('A', false)]
    public void IsHan_CodePoint_MatchesHanRanges(int codePoint, bool expected) =>
        Assert.Equal(expected, ScriptClassifier.IsHan(codePoint));

    [Theory]
    [InlineData('a', Script.Latin)]
    [InlineData('é', Script.Latin)]
    [InlineData('Ж', Script.Cyrillic)]
    [InlineData('カ', Script.Kana)]
    [InlineData('한', Script.Hangul)]
    [InlineData('字', Script.Han)]
    [InlineData('7', Script.Other)]
    [InlineData('。', Script.Other)]
    public void Of_Character_ReturnsScript(char c, Script expected) =>
        Assert.Equal(expected, ScriptClassifier.Of(c));
}
