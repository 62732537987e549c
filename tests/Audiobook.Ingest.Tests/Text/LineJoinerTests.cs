using Audiobook.Ingest.Text;

namespace Audiobook.Ingest.Tests.Text;

public sealed class LineJoinerTests
{
    [Theory]
    [InlineData("one\ntwo", "one two")]
    [InlineData("老周守了\n灯塔。", "老周守了灯塔。")]
    [InlineData("他说：\n“好。”", "他说：“好。”")]
    [InlineData("Chinese 中文\nEnglish", "Chinese 中文 English")]
    [InlineData("  padded  \n\n  lines ", "padded lines")]
    [InlineData("𠀀\n𠀁", "𠀀𠀁")]
    public void Join_Lines_SpacesOnlyOutsideCjk(string lines, string expected) =>
        Assert.Equal(expected, LineJoiner.Join(lines.Split('\n')));
}
