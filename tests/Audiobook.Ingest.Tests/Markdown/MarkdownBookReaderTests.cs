using Audiobook.Core.Books;
using Audiobook.Ingest.Markdown;

namespace Audiobook.Ingest.Tests.Markdown;

public sealed class MarkdownBookReaderTests
{
    [Fact]
    public void Read_FrontMatter_BecomesMetadata()
    {
        const string markdown = """
            ---
            title: The Title
            author: Ann Author
            authors: [Bo Second, Ann Author]
            language: en-GB
            voice: Cherry
            publisher: Pub
            date: 2025-01-02
            description: About it.
            identifier: isbn-123
            unknown: ignored
            ---

            # Chapter One

            Text.
            """;

        var metadata = Read(markdown).Metadata;

        Assert.Equal("The Title", metadata.Title);
        Assert.Equal(["Bo Second", "Ann Author"], metadata.Authors);
        Assert.Equal("en-GB", metadata.Language);
        Assert.Equal("Cherry", metadata.Voice);
        Assert.Equal("Pub", metadata.Publisher);
        Assert.Equal("2025-01-02", metadata.Date);
        Assert.Equal("About it.", metadata.Description);
        Assert.Equal("isbn-123", metadata.Identifier);
    }

    [Fact]
    public void Read_ExactlyOneH1_IsTitleAndH2sAreChapters()
    {
        var book = Read("# Book\n\n## One\n\nA.\n\n### Sub\n\nB.\n\n## Two\n\nC.\n");

        Assert.Equal("Book", book.Metadata.Title);
        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal(
            [(BlockKind.Heading, "One"), (BlockKind.Paragraph, "A."), (BlockKind.Heading, "Sub"), (BlockKind.Paragraph, "B.")],
            book.Chapters[0].Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Read_SeveralH1s_AreChapters()
    {
        var book = Read("# One\n\nA.\n\n## Section\n\nB.\n\n# Two\n\nC.\n", "file-name.md");

        Assert.Equal("file-name", book.Metadata.Title);
        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal([0, 1], book.Chapters.Select(c => c.Index));
    }

    [Fact]
    public void Read_NoHeadings_IsOneChapterNamedAfterTheBook()
    {
        var book = Read("---\ntitle: Only\n---\nFirst.\n\nSecond.\n");
        var chapter = Assert.Single(book.Chapters);
        Assert.Equal("Only", chapter.Title);
        Assert.Equal(["First.", "Second."], chapter.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_CodeHtmlAndFrontMatter_AreNotRead()
    {
        const string markdown = """
            ---
            title: T
            ---
            # C

            Before <span>inline html</span> after.

            ```python
            print("code")
            ```

                indented code

            <div>block html</div>

            Use `x = 1` here.
            """;

        var texts = Read(markdown).Chapters[0].Blocks.Select(b => b.Text).ToList();

        Assert.Equal(["C", "Before inline html after.", "Use x = 1 here."], texts);
    }

    [Fact]
    public void Read_LinksImagesEntitiesAndEmphasis_GiveTheirText()
    {
        const string markdown = """
            # C

            A [link label](https://example.com "title") and ![alt text](x.png) and ![](y.png) and &amp; and **bold** and *it* and ~~gone~~ and <https://a.example>.
            """;

        var paragraph = Read(markdown).Chapters[0].Blocks[1].Text;

        Assert.Equal("A link label and alt text and and & and bold and it and gone and https://a.example.", paragraph);
    }

    [Fact]
    public void Read_ThematicBreak_IsSceneBreak()
    {
        var blocks = Read("# C\n\nA.\n\n---\n\nB.\n\n* * *\n\nC.\n").Chapters[0].Blocks;
        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.SceneBreak, BlockKind.Paragraph, BlockKind.SceneBreak, BlockKind.Paragraph],
            blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Read_ListsQuotesAndTables_BecomeParagraphs()
    {
        const string markdown = """
            # C

            - first item
            - second item
              continued

            > quoted line
            > more

            | Name | Age |
            |------|-----|
            | Ann  | 30  |
            """;

        var texts = Read(markdown).Chapters[0].Blocks.Skip(1).Select(b => b.Text);

        Assert.Equal(["first item", "second item continued", "quoted line more", "Name, Age", "Ann, 30"], texts);
    }

    [Fact]
    public void Read_CjkEmphasisAndLineBreaks_JoinWithoutSpaces()
    {
        var book = Read("# 章\n\n**強調。**の後\n第二行\n\nEnglish line\nwraps here\n");
        Assert.Equal(["強調。の後第二行", "English line wraps here"], book.Chapters[0].Blocks.Skip(1).Select(b => b.Text));
    }

    [Fact]
    public void Read_TextBeforeFirstChapter_IsFrontMatterKeptOnRequest()
    {
        const string markdown = "# Book\n\nAn epigraph.\n\n## One\n\nA.\n\n## Acknowledgements\n\nThanks.\n";

        Assert.Equal(["One"], Read(markdown).Chapters.Select(c => c.Title));
        var all = Read(markdown, options: new IngestOptions { IncludeFrontMatter = true, IncludeBackMatter = true });
        Assert.Equal(["Book", "One", "Acknowledgements"], all.Chapters.Select(c => c.Title));
        Assert.Equal([ChapterKind.FrontMatter, ChapterKind.Body, ChapterKind.BackMatter], all.Chapters.Select(c => c.Kind));
    }

    [Fact]
    public void Read_NoLanguageInFrontMatter_GuessesFromText()
    {
        Assert.Equal("zh", Read("# 第一章\n\n老周守了二十二年灯塔。\n").Metadata.Language);
    }

    [Fact]
    public void Read_BadYaml_ThrowsNamingFrontMatter()
    {
        var ex = Assert.Throws<BookFormatException>(() => Read("---\ntitle: [unclosed\n---\n# C\n\nA.\n", "bad.md"));
        Assert.StartsWith("bad.md: front matter is not valid YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SetextStyleFrontMatterWithoutExtension_IsNotAHeading()
    {
        // Without UseYamlFrontMatter, "title: x" + "---" would be a setext H2 (engineering notes §4).
        var book = Read("---\ntitle: x\n---\nBody.\n");
        Assert.Equal("x", book.Metadata.Title);
        Assert.Equal(["Body."], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    private static Book Read(string markdown, string source = "book.md", IngestOptions? options = null) =>
        MarkdownBookReader.Read(markdown, source, options ?? IngestOptions.Default);
}
