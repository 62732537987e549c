using Audiobook.Core.Books;

namespace Audiobook.Ingest.Tests.Epub;

public sealed class EpubTocTests
{
    private static Book ReadWith(string navItems, string manifest, string spine, params (string File, string Body)[] files)
    {
        var builder = new EpubBuilder()
            .WithOpf(EpubMarkup.Opf(EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + manifest, spine))
            .AddFile("OEBPS/nav.xhtml", EpubMarkup.Nav(navItems));
        foreach (var (file, body) in files)
        {
            builder.AddFile("OEBPS/" + file, EpubMarkup.Xhtml(body));
        }

        return SimpleEpub.Read(builder);
    }

    private static string Manifest(params string[] files) => string.Concat(files.Select(f => EpubMarkup.Item(Path.GetFileNameWithoutExtension(f), f)));

    private static string Spine(params string[] files) => string.Concat(files.Select(f => EpubMarkup.ItemRef(Path.GetFileNameWithoutExtension(f))));

    [Fact]
    public void Read_Epub3Nav_GivesOneChapterPerEntryWithTocTitles()
    {
        var book = SimpleEpub.Read(SimpleEpub.Epub3(
            ("ch1.xhtml", "Chapter 1:   Loomings", "<h1>I. Loomings</h1><p>Call me Ishmael.</p>"),
            ("ch2.xhtml", "Chapter 2: The Carpet-Bag", "<h1>II.</h1><p>I stuffed a shirt or two.</p>")));

        Assert.Equal(["Chapter 1: Loomings", "Chapter 2: The Carpet-Bag"], book.Chapters.Select(c => c.Title));
        Assert.Equal([0, 1], book.Chapters.Select(c => c.Index));
        Assert.All(book.Chapters, c => Assert.Equal(ChapterKind.Body, c.Kind));
        Assert.Equal("Call me Ishmael.", book.Chapters[0].Blocks[1].Text);
    }

    [Fact]
    public void Read_FragmentEntries_SplitOneFileByDocumentOrder()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("all.xhtml#c1", "First") + EpubMarkup.NavItem("all.xhtml#c2", "Second") + EpubMarkup.NavItem("all.xhtml#c3", "Third"),
            Manifest("all.xhtml"),
            Spine("all.xhtml"),
            ("all.xhtml", """
                <section id="c1"><h2>First</h2><p>One.</p></section>
                <h2 id="c2">Second</h2><p>Two.</p><p>Two more <a id="c3"></a>and three.</p><p>Three.</p>
                """));

        Assert.Equal(["First", "Second", "Third"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["First", "One."], book.Chapters[0].Blocks.Select(b => b.Text));
        Assert.Equal(["Second", "Two.", "Two more"], book.Chapters[1].Blocks.Select(b => b.Text));
        Assert.Equal(["and three.", "Three."], book.Chapters[2].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_SpineFilesBetweenTargets_BelongToThePrecedingChapter()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("a.xhtml", "Chapter A") + EpubMarkup.NavItem("c.xhtml", "Chapter C"),
            Manifest("a.xhtml", "b.xhtml", "c.xhtml"),
            Spine("a.xhtml", "b.xhtml", "c.xhtml"),
            ("a.xhtml", "<p>A text.</p>"),
            ("b.xhtml", "<p>B text (split file).</p>"),
            ("c.xhtml", "<p>C text.</p>"));

        Assert.Equal(2, book.Chapters.Count);
        Assert.Equal(["A text.", "B text (split file)."], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_NestedSectionsInTheSameFile_StayInTheirChapter()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("ch1.xhtml", "Chapter One", EpubMarkup.NavItem("ch1.xhtml#s1", "A Section") + EpubMarkup.NavItem("ch1.xhtml#s2", "Another"))
                + EpubMarkup.NavItem("ch2.xhtml", "Chapter Two"),
            Manifest("ch1.xhtml", "ch2.xhtml"),
            Spine("ch1.xhtml", "ch2.xhtml"),
            ("ch1.xhtml", "<h1>Chapter One</h1><h2 id=\"s1\">A Section</h2><p>S1.</p><h2 id=\"s2\">Another</h2><p>S2.</p>"),
            ("ch2.xhtml", "<h1>Chapter Two</h1><p>Two.</p>"));

        Assert.Equal(["Chapter One", "Chapter Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal(5, book.Chapters[0].Blocks.Count);
    }

    [Fact]
    public void Read_NestedEntriesInOtherFiles_BecomeChaptersAndEqualTitlesGetTheirPart()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("p1.xhtml", "Part One", EpubMarkup.NavItem("p1c1.xhtml", "Chapter 1") + EpubMarkup.NavItem("p1c2.xhtml", "Chapter 2"))
                + EpubMarkup.NavItem("p2.xhtml", "Part Two", EpubMarkup.NavItem("p2c1.xhtml", "Chapter 1")),
            Manifest("p1.xhtml", "p1c1.xhtml", "p1c2.xhtml", "p2.xhtml", "p2c1.xhtml"),
            Spine("p1.xhtml", "p1c1.xhtml", "p1c2.xhtml", "p2.xhtml", "p2c1.xhtml"),
            ("p1.xhtml", "<h1>Part One</h1>"),
            ("p1c1.xhtml", "<p>One one.</p>"),
            ("p1c2.xhtml", "<p>One two.</p>"),
            ("p2.xhtml", "<h1>Part Two</h1>"),
            ("p2c1.xhtml", "<p>Two one.</p>"));

        Assert.Equal(
            ["Part One", "Part One — Chapter 1", "Chapter 2", "Part Two", "Part Two — Chapter 1"],
            book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_ChapterLikeChildrenInOnePartFile_AreSplit()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("part.xhtml", "Book I", EpubMarkup.NavItem("part.xhtml#c1", "Chapter I") + EpubMarkup.NavItem("part.xhtml#c2", "Chapter II")),
            Manifest("part.xhtml"),
            Spine("part.xhtml"),
            ("part.xhtml", "<h1>Book I</h1><h2 id=\"c1\">Chapter I</h2><p>One.</p><h2 id=\"c2\">Chapter II</h2><p>Two.</p>"));

        Assert.Equal(["Book I", "Chapter I", "Chapter II"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_SpanHeadingEntries_GroupChaptersWithoutOwnText()
    {
        var book = ReadWith(
            """<li><span>Stories</span><ol><li><a href="s1.xhtml">The First Story</a></li><li><a href="s2.xhtml">The Second Story</a></li></ol></li>""",
            Manifest("s1.xhtml", "s2.xhtml"),
            Spine("s1.xhtml", "s2.xhtml"),
            ("s1.xhtml", "<p>First.</p>"),
            ("s2.xhtml", "<p>Second.</p>"));

        Assert.Equal(["The First Story", "The Second Story"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_NonLinearSpineItem_IsSkippedUnlessTheTocPointsAtIt()
    {
        var manifest = Manifest("ch1.xhtml", "popup.xhtml", "extra.xhtml");
        var spine = EpubMarkup.ItemRef("ch1") + EpubMarkup.ItemRef("popup", linear: false) + EpubMarkup.ItemRef("extra", linear: false);
        var book = ReadWith(
            EpubMarkup.NavItem("ch1.xhtml", "One") + EpubMarkup.NavItem("extra.xhtml", "Extra"),
            manifest,
            spine,
            ("ch1.xhtml", "<p>Main.</p>"),
            ("popup.xhtml", "<p>Popup note.</p>"),
            ("extra.xhtml", "<p>Extra text.</p>"));

        Assert.Equal(["One", "Extra"], book.Chapters.Select(c => c.Title));
        Assert.DoesNotContain(book.Chapters.SelectMany(c => c.Blocks), b => b.Text.Contains("Popup", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BareNumberLabels_TakeTheHeadingOrBecomeChapterN()
    {
        var book = SimpleEpub.Read(SimpleEpub.Epub3(
            ("a.xhtml", "1", "<h2>The Beginning</h2><p>Text.</p>"),
            ("b.xhtml", "XII.", "<p>No heading here.</p>")));

        Assert.Equal(["The Beginning", "Chapter XII"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_MissingToc_FallsBackToOneChapterPerSpineFile()
    {
        var opf = EpubMarkup.Opf(Manifest("a.xhtml", "b.xhtml", "c.xhtml"), Spine("a.xhtml", "b.xhtml", "c.xhtml"));
        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/a.xhtml", EpubMarkup.Xhtml("<h1>Opening</h1><p>A.</p>"))
            .AddFile("OEBPS/b.xhtml", EpubMarkup.Xhtml("<p>B.</p>", title: "Test Book"))
            .AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p>C.</p>", title: "Doc Title")));

        Assert.Equal(["Opening", "Chapter 2", "Doc Title"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_TocWithOneEntryForAManyFileBook_FallsBack()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("a.xhtml", "Start"),
            Manifest("a.xhtml", "b.xhtml"),
            Spine("a.xhtml", "b.xhtml"),
            ("a.xhtml", "<h1>First</h1><p>A.</p>"),
            ("b.xhtml", "<h1>Second</h1><p>B.</p>"));

        Assert.Equal(["First", "Second"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_TocEntryToAMissingFile_IsIgnored()
    {
        var book = ReadWith(
            EpubMarkup.NavItem("a.xhtml", "Alpha") + EpubMarkup.NavItem("gone.xhtml", "Gone") + EpubMarkup.NavItem("b.xhtml", "Beta"),
            Manifest("a.xhtml", "b.xhtml"),
            Spine("a.xhtml", "b.xhtml"),
            ("a.xhtml", "<p>A.</p>"),
            ("b.xhtml", "<p>B.</p>"));

        Assert.Equal(["Alpha", "Beta"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_Epub2Ncx_WithDoctypeAndNbsp()
    {
        var manifest = EpubMarkup.Item("ncx", "toc.ncx", "application/x-dtbncx+xml") + Manifest("ch1.xhtml", "ch2.xhtml");
        var opf = EpubMarkup.Opf(manifest, Spine("ch1.xhtml", "ch2.xhtml"), version: "2.0", spineAttributes: " toc=\"ncx\"");
        var ncx = EpubMarkup.Ncx(
            EpubMarkup.NavPoint("n1", "ch1.xhtml", "The  First\n Chapter", EpubMarkup.NavPoint("n1a", "ch1.xhtml#s", "Section"))
            + EpubMarkup.NavPoint("n2", "ch2.xhtml", "The Second Chapter"));
        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/toc.ncx", ncx)
            .AddFile("OEBPS/ch1.xhtml", EpubMarkup.Xhtml("<h1>One</h1><p>Non&nbsp;breaking&nbsp;space.</p><p id=\"s\">Section.</p>", epub2: true))
            .AddFile("OEBPS/ch2.xhtml", EpubMarkup.Xhtml("<h1>Two</h1><p>Two.</p>", epub2: true)));

        Assert.Equal(["The First Chapter", "The Second Chapter"], book.Chapters.Select(c => c.Title));
        Assert.Equal("Non breaking space.", book.Chapters[0].Blocks[1].Text);
    }

    [Fact]
    public void Read_PercentEncodedAndRelativeHrefs_Resolve()
    {
        var opf = EpubMarkup.Opf(
            EpubMarkup.Item("nav", "nav/nav.xhtml", properties: "nav") + EpubMarkup.Item("c1", "Text/My%20Chapter.xhtml"),
            EpubMarkup.ItemRef("c1"));
        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/nav/nav.xhtml", EpubMarkup.Nav(EpubMarkup.NavItem("../Text/./My%20Chapter.xhtml", "Spaced Out")))
            .AddFile("OEBPS/Text/My Chapter.xhtml", EpubMarkup.Xhtml("<p>Found.</p>")));

        Assert.Equal("Spaced Out", Assert.Single(book.Chapters).Title);
    }

    [Fact]
    public void Read_ZipNameInOtherCase_IsFoundCaseInsensitively()
    {
        var opf = EpubMarkup.Opf(EpubMarkup.Item("c1", "Chapter1.xhtml"), EpubMarkup.ItemRef("c1"));
        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf).AddFile("OEBPS/chapter1.XHTML", EpubMarkup.Xhtml("<h1>Case</h1><p>Found.</p>")));

        Assert.Equal("Case", Assert.Single(book.Chapters).Title);
    }
}
