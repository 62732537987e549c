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
