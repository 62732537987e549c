using Audiobook.Core.Books;
using Audiobook.Ingest.PlainText;

namespace Audiobook.Ingest.Tests.PlainText;

public sealed class PlainTextBookReaderTests
{
    [Fact]
    public void Read_ChapterHeadings_StartChapters()
    {
        const string text = "The Title\n\nChapter 1\n\nFirst para\nwrapped.\n\nSecond.\n\nChapter 2: Onward\n\nThird.\n";

        var book = Read(text);

        Assert.Equal("The Title", book.Metadata.Title);
        Assert.Equal("en", book.Metadata.Language);
        Assert.Equal(["Chapter 1", "Chapter 2: Onward"], book.Chapters.Select(c => c.Title));
        Assert.Equal(
            [(BlockKind.Heading, "Chapter 1"), (BlockKind.Paragraph, "First para wrapped."), (BlockKind.Paragraph, "Second.")],
            book.Chapters[0].Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Read_HeadingWithTitleOnNextLine_JoinsThem()
    {
        var book = Read("Book\n\nCHAPTER I.\nThe Beginning\n\nText here.\n");
        Assert.Equal("CHAPTER I. The Beginning", book.Chapters[0].Title);
    }

    [Fact]
    public void Read_HeadingFollowedByTextWithoutBlankLine_SplitsHeadingOff()
    {
        var book = Read("Book\n\nChapter 1\nThe ferry left at eleven and the night was long and dark.\nShe waited.\n\nMore.\n");
        Assert.Equal("Chapter 1", book.Chapters[0].Title);
        Assert.Equal("The ferry left at eleven and the night was long and dark. She waited.", book.Chapters[0].Blocks[1].Text);
    }

    [Fact]
    public void Read_NoHeadings_IsOneChapter()
    {
        var book = Read("A long first line that is clearly a sentence and not a title at all, since it ends with a period.\n\nSecond.\n", "story.txt");
        var chapter = Assert.Single(book.Chapters);
        Assert.Equal("story", book.Metadata.Title);
        Assert.Equal("story", chapter.Title);
        Assert.Equal(2, chapter.Blocks.Count);
    }

    [Fact]
    public void Read_TextBeforeFirstHeading_IsFrontMatter()
    {
        const string text = "Title\n\nA dedication.\n\nChapter 1\n\nBody.\n";
        Assert.Equal(["Chapter 1"], Read(text).Chapters.Select(c => c.Title));
        var withFront = PlainTextBookReader.Read(text, "t.txt", new IngestOptions { IncludeFrontMatter = true });
        Assert.Equal(["Title", "Chapter 1"], withFront.Chapters.Select(c => c.Title));
    }

    [Theory]
    [InlineData("* * *")]
    [InlineData("***")]
    [InlineData("—")]
    [InlineData("#")]
    [InlineData("~ ~ ~")]
    [InlineData("＊＊＊")]
    [InlineData("◇◇◇")]
    public void Read_OrnamentLine_IsSceneBreak(string ornament)
    {
        var blocks = Read($"T\n\nChapter 1\n\nA.\n\n{ornament}\n\nB.\n").Chapters[0].Blocks;
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.SceneBreak, BlockKind.Paragraph], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Read_ChineseWithoutBlankLines_EachLineIsAParagraph()
    {
        const string text = "山中的灯塔\n第一章 守灯人\n老周守了二十二年灯塔。\n他从来没有让灯熄灭过。\n第二章 来信\n信是星期二到的。\n";

        var book = Read(text);

        Assert.Equal("zh", book.Metadata.Language);
        Assert.Equal("山中的灯塔", book.Metadata.Title);
        Assert.Equal(["第一章 守灯人", "第二章 来信"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["第一章 守灯人", "老周守了二十二年灯塔。", "他从来没有让灯熄灭过。"], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_ChineseWrappedLines_JoinWithoutSpaces()
    {
        var book = Read("标题\n\n第1章\n\n老周守了二十二年\n灯塔。\n");
        Assert.Equal("老周守了二十二年灯塔。", book.Chapters[0].Blocks[1].Text);
    }

    [Theory]
    [InlineData("Глава 1\n\nОн пришёл.\n\nГлава 2\n\nОн ушёл.\n", "ru")]
    [InlineData("Capítulo 1\n\nEl barco salió del puerto y la isla estaba oscura.\n\nCapítulo 2\n\nLuego.\n", "es")]
    [InlineData("Kapitel 1\n\nDas Schiff verließ den Hafen und die Insel war dunkel.\n\nKapitel 2\n\nDann.\n", "de")]
    [InlineData("제1장\n\n오늘은 맑습니다.\n\n제2장\n\n내일은 비.\n", "ko")]
    public void Read_OtherLanguages_FindsChaptersAndLanguage(string text, string language)
    {
        var book = Read("Title\n\n" + text);
        Assert.Equal(2, book.Chapters.Count);
        Assert.Equal(language, book.Metadata.Language);
    }

    [Fact]
    public void Read_IndentedParagraphsWithoutBlankLines_SplitAtIndents()
    {
        const string text = "Title\n  First paragraph line one\nline two.\n  Second paragraph.\n";
        var blocks = Read(text).Chapters[0].Blocks;
        Assert.Equal(["First paragraph line one line two.", "Second paragraph."], blocks.Select(b => b.Text));
    }

    private static Book Read(string text, string source = "book.txt") =>
        PlainTextBookReader.Read(text, source, IngestOptions.Default);
}
