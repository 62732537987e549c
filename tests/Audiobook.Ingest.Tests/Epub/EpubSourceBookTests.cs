using System.Xml.Linq;
using Audiobook.Core.Text;
using Audiobook.Ingest.Epub;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>A source EPUB reopened for the read-along edition: names EPUB 3 accepts, spoken text wrapped in place,
/// broken references left out.</summary>
public sealed class EpubSourceBookTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Rewrite_MarkEndingInsideAnInlineElement_WrapsExactlyTheStretchAndSplitsTheElement()
    {
        var builder = SimpleEpub.Epub3(("c.xhtml", "C", "<p id=\"p\">One <em id=\"e\">two. Three</em> four.</p>"));
        var block = SimpleEpub.Read(builder).Chapters[0].Blocks[0];
        var range = block.Source!.Map.Map(new TextSpan(0, "One two.".Length))!.Value;
        using var source = EpubSourceBook.Open(builder.ToBytes(), IngestOptions.Default, "test.epub");
        var document = source.Items.Single(i => i.Path == "OEBPS/c.xhtml");

        var rewritten = source.Rewrite(document, [new EpubTextMark("m1", range.Start, range.End)], "OEBPS/readalong/readalong.css", "Title");

        Assert.Equal("m1", rewritten.Targets["m1"]);
        var html = XDocument.Parse(System.Text.Encoding.UTF8.GetString(rewritten.Xhtml));
        var span = html.Descendants(Xhtml + "span").Single(s => (string?)s.Attribute("id") == "m1");
        Assert.Equal("One two.", span.Value);
        var ems = html.Descendants(Xhtml + "em").ToList();
        Assert.Equal(["two.", " Three"], ems.Select(e => e.Value));
        Assert.Equal("e", (string?)ems[0].Attribute("id"));
        Assert.Null(ems[1].Attribute("id"));
        Assert.Equal("One two. Three four.", html.Descendants(Xhtml + "p").Single().Value);
        Assert.Contains(html.Descendants(Xhtml + "link"), l => (string?)l.Attribute("href") == "readalong/readalong.css");
    }

    [Fact]
    public async Task Open_Epub2Sample_HtmlDocumentsAreNamedXhtmlWithoutSpacesAndTheTocFollows()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "english-epub2.epub"));
        using var source = EpubSourceBook.Open(bytes, IngestOptions.Default, "english-epub2.epub");

        var documents = source.Items.Where(i => i.IsDocument).ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.EndsWith(".xhtml", d.OutputPath, StringComparison.Ordinal));
        Assert.All(source.Items, i => Assert.DoesNotContain(' ', i.OutputPath));
        Assert.Contains(documents, d => d.Path.EndsWith(".html", StringComparison.Ordinal));
        var names = documents.Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        Assert.All(source.Toc.Where(e => e.OutputPath is not null), e => Assert.Contains(e.OutputPath!, names));
    }

    [Fact]
    public async Task Open_Epub2WithAPageListAndAGuide_KeepsThePagesAndLandmarksThatReachTheBook()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Fixtures", "paged-epub2.epub"));
        using var source = EpubSourceBook.Open(bytes, IngestOptions.Default, "paged-epub2.epub");
        string Output(string name) => source.Items.Single(i => i.Path == "OEBPS/" + name).OutputPath;

        // Page 5 points into a file the book does not have; page 4's missing anchor is the edition's to drop (it knows the ids).
        Assert.Equal(
            [("1", Output("chapter-1.html"), "page1"), ("2", Output("chapter-1.html"), "page2"), ("3", Output("chapter-2.html"), "page3"), ("4", Output("chapter-2.html"), "no-such-anchor")],
            source.PageList.Select(p => (p.Title, p.OutputPath!, p.Fragment!)));
        // The colophon points at a missing file; every other guide reference is kept with its title, whatever its type.
        Assert.Equal(
            [("title-page", "Title Page", Output("title.html"), null), ("text", "Beginning", Output("chapter-1.html"), null),
             ("preface", "A lost anchor", Output("chapter-1.html"), "nowhere"), ("other.reader-bookmark", "A reader's own", Output("chapter-2.html"), null)],
            source.Landmarks.Select(l => (l.Type, l.Title, l.OutputPath, l.Fragment)));
    }

    [Fact]
    public void Open_Epub3NavPageList_IsReadInOrderWithItsLabels()
    {
        var builder = new EpubBuilder()
            .WithOpf(EpubMarkup.Opf(EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + EpubMarkup.Item("c", "c.xhtml"), EpubMarkup.ItemRef("c")))
            .AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p><span id=\"p7\" epub:type=\"pagebreak\" title=\"7\"></span>One.</p><p><span id=\"p8\"></span>Two.</p>"))
            .AddFile("OEBPS/nav.xhtml", EpubMarkup.Xhtml("""
                <nav epub:type="toc"><ol><li><a href="c.xhtml">C</a></li></ol></nav>
                <nav epub:type="page-list" hidden=""><ol><li><a href="c.xhtml#p7">vii</a></li><li><a href="c.xhtml#p8">viii</a></li></ol></nav>
                """));
        using var source = EpubSourceBook.Open(builder.ToBytes(), IngestOptions.Default, "test.epub");

        Assert.Equal([("vii", "p7"), ("viii", "p8")], source.PageList.Select(p => (p.Title, p.Fragment!)));
    }

    [Fact]
    public async Task Rewrite_ImageTheArchiveDoesNotHold_IsLeftOut()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Fixtures", "grouped-anthology.epub"));
        using var source = EpubSourceBook.Open(bytes, IngestOptions.Default, "grouped-anthology.epub");
        var cover = source.Items.Single(i => i.Path.EndsWith("cover.xhtml", StringComparison.Ordinal));

        var rewritten = source.Rewrite(cover, [], "OEBPS/readalong/readalong.css", "Salt and Lantern");

        var html = XDocument.Parse(System.Text.Encoding.UTF8.GetString(rewritten.Xhtml));
        Assert.Empty(html.Descendants(Xhtml + "img"));
        Assert.Single(html.Descendants(Xhtml + "section"));
    }
}
