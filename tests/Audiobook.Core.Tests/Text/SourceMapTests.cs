using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class SourceMapTests
{
    [Fact]
    public void Map_Identity_ShiftsBySourceStart()
    {
        var map = SourceMap.Identity(20, 100);
        Assert.Equal(new TextSpan(105, 4), map.Map(new TextSpan(5, 4)));
    }

    [Fact]
    public void Map_SpanPastTheText_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SourceMap.Identity(5).Map(new TextSpan(3, 4)));

    [Fact]
    public void Map_OnlyInsertedText_IsNull()
    {
        var text = new MappedText();
        text.AppendInserted("alt");
        Assert.Null(text.ToSourceMap().Map(new TextSpan(0, 3)));
    }

    [Fact]
    public void Map_ManyRuns_FindsTheRightOnes()
    {
        var text = new MappedText();
        for (var i = 0; i < 100; i++)
        {
            text.Append("ab", i * 10);
        }

        var map = text.ToSourceMap();
        Assert.Equal(100, map.Runs.Count);
        Assert.Equal(new TextSpan(501, 11), map.Map(new TextSpan(101, 3)));
    }
}
