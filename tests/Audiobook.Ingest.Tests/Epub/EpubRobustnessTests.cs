using Audiobook.Core.Books;
using Audiobook.Ingest.Epub;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// Inputs that look alarming but are readable: they must read correctly. How long they take is measured by
/// <c>ingest --pathological</c> (docs/benchmarks/ingest.md).
/// </summary>
public sealed class EpubRobustnessTests
{
    [Fact]
    public void Read_FiftyMegabyteParagraphWithDefaults_IsReadAndCut()
    {
        var words = string.Concat(Enumerable.Repeat("The storm went on and on. ", (50 * 1024 * 1024) / 26));
        var bytes = SimpleEpub.Epub3(("ch1.xhtml", "One", "<p>" + words + "</p>")).ToBytes();

        var book = EpubBookReader.Read(new MemoryStream(bytes), IngestOptions.Default, "big.epub");

        var blocks = Assert.Single(book.Chapters).Blocks;
        Assert.True(blocks.Count > 400, $"{blocks.Count} blocks");
        Assert.All(blocks, b => Assert.True(b.Text.Length <= IngestOptions.Default.MaxParagraphChars));
        Assert.Equal(words.Length - 1, blocks.Sum(b => b.Text.Length + 1) - 1);
    }

    [Fact]
    public void Read_TwentyThousandTocEntriesIntoOneFile_GivesOneChapterEach()
    {
        const int count = 20_000;
        var nav = string.Concat(Enumerable.Range(0, count).Select(i => EpubMarkup.NavItem($"all.xhtml#s{i}", $"Section {i}")));
        var body = string.Concat(Enumerable.Range(0, count).Select(i => $"<h2 id=\"s{i}\">Section {i}</h2><p>Text {i}.</p>"));
        var opf = EpubMarkup.Opf(EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + EpubMarkup.Item("a", "all.xhtml"), EpubMarkup.ItemRef("a"));
        var bytes = new EpubBuilder().WithOpf(opf).AddFile("OEBPS/nav.xhtml", EpubMarkup.Nav(nav)).AddFile("OEBPS/all.xhtml", EpubMarkup.Xhtml(body)).ToBytes();

        var book = EpubBookReader.Read(new MemoryStream(bytes), IngestOptions.Default, "many.epub");

        Assert.Equal(count, book.Chapters.Count);
        Assert.Equal("Section 19999", book.Chapters[^1].Title);
        Assert.Equal(["Section 19999", "Text 19999."], book.Chapters[^1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_EntityAttacksInXhtml_AreNeverExpanded()
    {
        var body = """
            <!DOCTYPE html [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
            <p>Laugh &b; and read &x; now.</p>
            """;

        var book = SimpleEpub.Read(SimpleEpub.Epub3(("ch1.xhtml", "One", body)));

        var text = string.Join(' ', book.Chapters[0].Blocks.Select(b => b.Text));
        Assert.DoesNotContain("aaaaaaaaaa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.Contains("Laugh", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FontObfuscationOnly_IsNotDrm()
    {
        var encryption = """
            <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
              <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
                <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData>
              <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://ns.adobe.com/pdf/enc#RC"/>
                <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/b.otf"/></enc:CipherData></enc:EncryptedData>
            </encryption>
            """;

        var book = SimpleEpub.Read(SimpleEpub.Epub3(("ch1.xhtml", "One", "<p>Readable.</p>")).AddFile("META-INF/encryption.xml", encryption));

        Assert.Equal("Readable.", book.Chapters[0].Blocks[0].Text);
    }

    [Fact]
    public void Read_NonSeekableStream_IsRead()
    {
        var bytes = SimpleEpub.Epub3(("ch1.xhtml", "One", "<p>Streamed.</p>")).ToBytes();

        using var stream = new NonSeekableStream(bytes);
        var book = EpubBookReader.Read(stream, IngestOptions.Default, "stream.epub");

        Assert.Equal("Streamed.", book.Chapters[0].Blocks[0].Text);
    }

    [Fact]
    public void Read_BrokenNcx_FallsBackToSpineChapters()
    {
        var manifest = EpubMarkup.Item("ncx", "toc.ncx", "application/x-dtbncx+xml") + EpubMarkup.Item("a", "a.xhtml") + EpubMarkup.Item("b", "b.xhtml");
        var opf = EpubMarkup.Opf(manifest, EpubMarkup.ItemRef("a") + EpubMarkup.ItemRef("b"), version: "2.0", spineAttributes: " toc=\"ncx\"");

        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/toc.ncx", "<ncx><navMap><navPoint><navLabel><text>&nbsp;One</text>")
            .AddFile("OEBPS/a.xhtml", EpubMarkup.Xhtml("<h1>Alpha</h1><p>A.</p>", epub2: true))
            .AddFile("OEBPS/b.xhtml", EpubMarkup.Xhtml("<h1>Beta</h1><p>B.</p>", epub2: true)));

        Assert.Equal(["Alpha", "Beta"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_Latin1DeclaredXhtml_IsDecoded()
    {
        var xhtml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Caf\u00e9 cr\u00e8me</p></body></html>";
        var opf = EpubMarkup.Opf(EpubMarkup.Item("c", "c.xhtml"), EpubMarkup.ItemRef("c"));

        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf).AddFile("OEBPS/c.xhtml", System.Text.Encoding.Latin1.GetBytes(xhtml)));

        Assert.Equal("Café crème", book.Chapters[0].Blocks[0].Text);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Read_XhtmlWithByteOrderMark_IsDecodedByTheMark(string name)
    {
        var encoding = System.Text.Encoding.GetEncoding(name);
        var xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Caf\u00e9 灯塔</p></body></html>";
        var opf = EpubMarkup.Opf(EpubMarkup.Item("c", "c.xhtml"), EpubMarkup.ItemRef("c"));

        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf).AddFile("OEBPS/c.xhtml", [.. encoding.GetPreamble(), .. encoding.GetBytes(xhtml)]));

        Assert.Equal("Café 灯塔", book.Chapters[0].Blocks[0].Text);
    }

    [Fact]
    public void Read_SpineItemListedTwice_IsReadOnce()
    {
        var opf = EpubMarkup.Opf(EpubMarkup.Item("c", "c.xhtml"), EpubMarkup.ItemRef("c") + EpubMarkup.ItemRef("c"));

        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf).AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p>Once.</p>")));

        Assert.Equal([new TextBlock(BlockKind.Paragraph, "Once.")], book.Chapters.SelectMany(c => c.Blocks).Select(b => b with { Source = null }));
    }
}
