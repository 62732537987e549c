using Audiobook.Core.Books;

namespace Audiobook.Ingest.Tests.Epub;

public sealed class EpubMatterTests
{
    private static readonly IngestOptions All = IngestOptions.Default with { IncludeFrontMatter = true, IncludeBackMatter = true };

    private static EpubBuilder TypicalBook() => SimpleEpub.Epub3(
        ("cover.xhtml", "Cover", "<img src=\"cover.jpg\" alt=\"Cover\"/><p>The Book</p>"),
        ("title.xhtml", "Title Page", "<h1>The Book</h1><p>by Ann Author</p>"),
        ("rights.xhtml", "Rights", "<section epub:type=\"copyright-page\"><p>Copyright 2025.</p></section>"),
        ("dedication.xhtml", "Dedication", "<p>For my mother.</p>"),
        ("foreword.xhtml", "Foreword", "<p>A foreword is read.</p>"),
        ("ch1.xhtml", "Chapter 1", "<p>Story.</p>"),
        ("ack.xhtml", "Acknowledgements", "<p>Thanks.</p>"),
        ("author.xhtml", "About the Author", "<p>Ann lives by the sea.</p>"),
        ("idx.xhtml", "Index", "<p>Ann, 1</p>"));

    [Fact]
    public void Read_Defaults_LeaveOutFrontAndBackMatter()
    {
        var book = SimpleEpub.Read(TypicalBook());

        Assert.Equal(["Foreword", "Chapter 1"], book.Chapters.Select(c => c.Title));
        Assert.All(book.Chapters, c => Assert.Equal(ChapterKind.Body, c.Kind));
    }

    [Fact]
    public void Read_IncludeFrontAndBackMatter_KeepsThemWithTheirKind()
    {
        var book = SimpleEpub.Read(TypicalBook(), All);

        Assert.Equal(
            [
                ("Cover", ChapterKind.FrontMatter), ("Title Page", ChapterKind.FrontMatter), ("Rights", ChapterKind.FrontMatter),
                ("Dedication", ChapterKind.FrontMatter), ("Foreword", ChapterKind.Body), ("Chapter 1", ChapterKind.Body),
                ("Acknowledgements", ChapterKind.BackMatter), ("About the Author", ChapterKind.BackMatter), ("Index", ChapterKind.BackMatter),
            ],
            book.Chapters.Select(c => (c.Title, c.Kind)));
        Assert.Equal(Enumerable.Range(0, 9), book.Chapters.Select(c => c.Index));
    }

    [Fact]
    public void Read_IncludeOnlyBackMatter_KeepsBackMatterOnly()
    {
        var book = SimpleEpub.Read(TypicalBook(), IngestOptions.Default with { IncludeBackMatter = true });

        Assert.Equal(["Foreword", "Chapter 1", "Acknowledgements", "About the Author", "Index"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_SpineFilesBeforeTheFirstTocEntry_AreFrontMatter()
    {
        var book = SimpleEpub.Read(SimpleEpub.Epub3(
            ("half.xhtml", string.Empty, "<h1>The Book</h1>"),
            ("ch1.xhtml", "Chapter 1", "<p>Story.</p>")), All);

        Assert.Equal([("The Book", ChapterKind.FrontMatter), ("Chapter 1", ChapterKind.Body)], book.Chapters.Select(c => (c.Title, c.Kind)));
    }

    [Fact]
    public void Read_LongFileBeforeTheFirstTocEntry_IsNarratedNotDropped()
    {
        var prologue = "<h1>Prologue</h1>" + string.Concat(Enumerable.Repeat("<p>The prologue the table of contents forgot to list.</p>", 40));
        var book = SimpleEpub.Read(SimpleEpub.Epub3(("prologue.xhtml", string.Empty, prologue), ("ch1.xhtml", "Chapter 1", "<p>Story.</p>")));

        Assert.Equal([("Prologue", ChapterKind.Body), ("Chapter 1", ChapterKind.Body)], book.Chapters.Select(c => (c.Title, c.Kind)));
    }

    [Fact]
    public void Read_LandmarksAndGuide_MarkMatter()
    {
        var manifest = EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + EpubMarkup.Item("a", "a.xhtml")
            + EpubMarkup.Item("b", "b.xhtml") + EpubMarkup.Item("c", "c.xhtml");
        var opf = EpubMarkup.Opf(
            manifest,
            EpubMarkup.ItemRef("a") + EpubMarkup.ItemRef("b") + EpubMarkup.ItemRef("c"),
            guide: """<guide><reference type="colophon" title="Colophon" href="c.xhtml"/></guide>""");
        var nav = EpubMarkup.Nav(
            EpubMarkup.NavItem("a.xhtml", "Opening Words") + EpubMarkup.NavItem("b.xhtml", "The Story") + EpubMarkup.NavItem("c.xhtml", "Production"),
            """<li><a epub:type="titlepage" href="a.xhtml">Title</a></li>""");
        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf).AddFile("OEBPS/nav.xhtml", nav)
            .AddFile("OEBPS/a.xhtml", EpubMarkup.Xhtml("<p>A.</p>"))
            .AddFile("OEBPS/b.xhtml", EpubMarkup.Xhtml("<p>B.</p>"))
            .AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p>C.</p>")));

        Assert.Equal("The Story", Assert.Single(book.Chapters).Title);
    }

    [Fact]
    public void Read_MatterFileAfterTheLastChapterNotInToc_IsNotMergedIntoTheChapter()
    {
        var book = SimpleEpub.Read(SimpleEpub.Epub3(
            ("ch1.xhtml", "Chapter 1", "<p>Story.</p>"),
            ("copyright.xhtml", string.Empty, "<p>All rights reserved.</p>")));

        var chapter = Assert.Single(book.Chapters);
        Assert.Equal(["Story."], chapter.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_NavDocumentInTheSpine_IsNotNarrated()
    {
        var opf = EpubMarkup.Opf(
            EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + EpubMarkup.Item("c", "c.xhtml"),
            EpubMarkup.ItemRef("nav") + EpubMarkup.ItemRef("c"));
        var builder = new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/nav.xhtml", EpubMarkup.Nav(EpubMarkup.NavItem("c.xhtml", "The Chapter")))
            .AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p>Story.</p>"));

        var book = SimpleEpub.Read(builder, All);

        Assert.Equal("The Chapter", Assert.Single(book.Chapters).Title);
    }

    [Fact]
    public void Read_OnlyMatter_FailsWithNoBodyText()
    {
        var builder = SimpleEpub.Epub3(("cover.xhtml", "Cover", "<p>Cover text.</p>"), ("toc.xhtml", "Contents", "<p>1. Nothing</p>"));

        var error = Assert.Throws<BookFormatException>(() => SimpleEpub.Read(builder));

        Assert.Equal("test.epub: no body text: everything readable is front or back matter (IncludeFrontMatter / IncludeBackMatter keep it)", error.Message);
    }
}
