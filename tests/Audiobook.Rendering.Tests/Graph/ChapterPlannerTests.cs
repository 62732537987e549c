using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.Tests.Graph;

public sealed class ChapterPlannerTests
{
    [Theory]
    [InlineData(3, "The Long Night", "03_The Long Night")]
    [InlineData(12, "What? Where: Here/There", "12_What Where HereThere")]
    [InlineData(1, "第一章 山雨欲来", "01_第一章 山雨欲来")]
    [InlineData(4, "  ...  ", "04_Chapter")]
    public void FileStem_NumbersAndCleansTitles(int number, string title, string expected) =>
        Assert.Equal(expected, ChapterPlanner.FileStem(number, title));
}
