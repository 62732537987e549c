using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class EllipsisTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("one two three four", 10, "one two…")]
    [InlineData("one  two   three", 10, "one  two…")]
    [InlineData("a bcdefghijklmn", 10, "a bcdefghi…")]
    [InlineData("长长长长长长长长长长长长", 10, "长长长长长长长长长长…")]
    public void Shorten_CutsAtTheLastSpaceInTheSecondHalfOrAtTheLimit(string text, int maxKept, string expected)
    {
        Assert.Equal(expected, Ellipsis.Shorten(text, maxKept));
    }

    [Fact]
    public void Shorten_LimitInsideASurrogatePair_CutsBeforeThePair()
    {
        // "𠀀" is two UTF-16 units; the limit of 4 falls between the halves of the second one.
        Assert.Equal("a𠀀…", Ellipsis.Shorten("a𠀀𠀀𠀀", 4));
    }
}
