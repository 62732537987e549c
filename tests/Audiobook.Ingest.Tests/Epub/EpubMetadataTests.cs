using Audiobook.Core.Books;

namespace Audiobook.Ingest.Tests.Epub;

public sealed class EpubMetadataTests
{
    private static Book ReadWithMetadata(string metadata, string manifestExtra = "", params (string Name, byte[] Data)[] files)
    {
        var opf = EpubMarkup.Opf(EpubMarkup.Item("c", "c.xhtml") + manifestExtra, EpubMarkup.ItemRef("c"), metadata: metadata);
        var builder = new EpubBuilder().WithOpf(opf).AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p>Text.</p>"));
        foreach (var (name, data) in files)
        {
            builder.AddFile(name, data);
        }

        return SimpleEpub.Read(builder);
    }

    [Fact]
    public void Read_Epub3Metadata_UsesRefinementsAndTheUniqueIdentifier()
    {
        var book = ReadWithMetadata("""
            <dc:identifier id="isbn">urn:isbn:123</dc:identifier>
            <dc:identifier id="bookid">urn:uuid:abc</dc:identifier>
            <dc:title id="t1">Series Name</dc:title>
            <dc:title id="t2">The  Real Title</dc:title>
            <meta refines="#t1" property="title-type">collection</meta>
            <meta refines="#t2" property="title-type">main</meta>
            <dc:creator id="c1">Ann Author</dc:creator>
            <meta refines="#c1" property="role" scheme="marc:relators">aut</meta>
            <dc:creator id="c2">Ed Itor</dc:creator>
            <meta refines="#c2" property="role" scheme="marc:relators">edt</meta>
            <dc:creator>Bo Writer</dc:creator>
            <dc:language>en-US</dc:language>
            <dc:publisher>Pub House</dc:publisher>
            <dc:date>2024-05-01</dc:date>
            <dc:description>&lt;p&gt;A &lt;b&gt;bold&lt;/b&gt; story.&lt;/p&gt;&lt;p&gt;Second line.&lt;/p&gt;</dc:description>
            """);

        var metadata = book.Metadata;
        Assert.Equal("The Real Title", metadata.Title);
        Assert.Equal(["Ann Author", "Bo Writer"], metadata.Authors);
        Assert.Equal("urn:uuid:abc", metadata.Identifier);
        Assert.Equal("en-US", metadata.Language);
        Assert.Equal("Pub House", metadata.Publisher);
        Assert.Equal("2024-05-01", metadata.Date);
        Assert.Equal("A bold story. Second line.", metadata.Description);
    }

    [Fact]
    public void Read_Epub2Roles_PickAuthors()
    {
        var book = ReadWithMetadata("""
            <dc:title>Old Book</dc:title>
            <dc:creator opf:role="ill">Ilse Lustrator</dc:creator>
            <dc:creator opf:role="aut" opf:file-as="Author, Ann">Ann Author</dc:creator>
            <dc:date opf:event="modification">2020-01-01</dc:date>
            <dc:date opf:event="publication">1901</dc:date>
            """);

        Assert.Equal(["Ann Author"], book.Metadata.Authors);
        Assert.Equal("1901", book.Metadata.Date);
    }

    [Fact]
    public void Read_NoTitle_UsesTheFileName()
    {
        var book = ReadWithMetadata("<dc:language>en</dc:language>");

        Assert.Equal("test", book.Metadata.Title);
    }

    [Fact]
    public void Read_Epub3CoverImage_IsReturned()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var book = ReadWithMetadata(
            EpubMarkup.DefaultMetadata,
            EpubMarkup.Item("img", "images/c.png", "image/png", "cover-image"),
            ("OEBPS/images/c.png", png));

        Assert.Equal("image/png", book.Cover?.MediaType);
        Assert.Equal(png, book.Cover?.Data.ToArray());
    }

    [Fact]
    public void Read_Epub2CoverMeta_IsReturned()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 9];
        var book = ReadWithMetadata(
            EpubMarkup.DefaultMetadata + """<meta name="cover" content="front"/>""",
            EpubMarkup.Item("other", "images/a.jpg", "image/jpeg") + EpubMarkup.Item("front", "images/front.jpg", "image/jpeg"),
            ("OEBPS/images/a.jpg", [1]),
            ("OEBPS/images/front.jpg", jpeg));

        Assert.Equal(jpeg, book.Cover?.Data.ToArray());
    }

    [Fact]
    public void Read_CoverByName_IsTheLastResortAndAMissingFileIsNoCover()
    {
        var byName = ReadWithMetadata(
            EpubMarkup.DefaultMetadata,
            EpubMarkup.Item("pic", "images/photo.jpg", "image/jpeg") + EpubMarkup.Item("img2", "images/Cover.jpg", "image/jpeg"),
            ("OEBPS/images/photo.jpg", [1]),
            ("OEBPS/images/Cover.jpg", [2]));
        var missing = ReadWithMetadata(EpubMarkup.DefaultMetadata, EpubMarkup.Item("img", "images/gone.png", "image/png", "cover-image"));

        Assert.Equal([2], byName.Cover?.Data.ToArray());
        Assert.Null(missing.Cover);
    }

    [Fact]
    public void Read_PlsLexicon_BecomesTheBookLexicon()
    {
        var pls = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">
              <lexeme><grapheme>Agnes</grapheme><alias>Ag-ness</alias></lexeme>
              <lexeme><grapheme>Gull</grapheme><phoneme>ɡʌl</phoneme></lexeme>
            </lexicon>
            """;
        var book = ReadWithMetadata(
            EpubMarkup.DefaultMetadata,
            EpubMarkup.Item("lex", "lexicon.pls", "application/pls+xml"),
            ("OEBPS/lexicon.pls", System.Text.Encoding.UTF8.GetBytes(pls)));

        var entry = Assert.Single(book.Lexicon!.Entries);
        Assert.Equal(("Agnes", "Ag-ness", "en"), (entry.Term, entry.Replacement, entry.Language));
    }

    [Fact]
    public void Read_NoLexicon_LeavesItNull()
    {
        var book = ReadWithMetadata(EpubMarkup.DefaultMetadata);

        Assert.Null(book.Lexicon);
    }
}
