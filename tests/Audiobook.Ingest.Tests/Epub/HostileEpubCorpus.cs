using System.IO.Compression;
using System.Text;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// The hostile corpus: broken, malicious and DRM-protected inputs, each with the error it must end in.
/// Path-traversal cases name <see cref="Sentinel"/> files that must never appear on disk.
/// </summary>
internal static class HostileEpubCorpus
{
    public static readonly string Sentinel = "epub-zip-slip-" + Guid.NewGuid().ToString("N");

    private const string Chapter = "OEBPS/ch1.xhtml";

    private static readonly string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE package [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&lol9;</dc:title></metadata>
          <manifest><item id="c" href="ch1.xhtml" media-type="application/xhtml+xml"/></manifest>
          <spine><itemref idref="c"/></spine>
        </package>
        """;

    private static readonly string ExternalEntityOpf = """
        <?xml version="1.0"?>
        <!DOCTYPE package [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&xxe;</dc:title></metadata>
          <manifest><item id="c" href="ch1.xhtml" media-type="application/xhtml+xml"/></manifest>
          <spine><itemref idref="c"/></spine>
        </package>
        """;

    public static IReadOnlyDictionary<string, HostileEpubCase> Cases { get; } = new Dictionary<string, HostileEpubCase>(StringComparer.Ordinal)
    {
        // Not a zip, or a damaged one.
        ["empty-file"] = new(() => [], "not a zip archive"),
        ["random-bytes"] = new(() => RandomBytes(4096), "not a zip archive"),
        ["plain-text"] = new(() => Encoding.UTF8.GetBytes("Hello, I am a text file pretending to be an EPUB."), "not a zip archive"),
        ["truncated-half"] = new(() => Valid()[..(Valid().Length / 2)], "truncated"),
        ["truncated-end-record"] = new(() => Valid()[..^10], "truncated"),
        ["damaged-deflate-data"] = new(() => ZipBytes.DamageData(ValidWithLongChapter(), Chapter), "OEBPS/ch1.xhtml is corrupt in the zip archive"),
        ["damaged-stored-data-same-size"] = new(() => ZipBytes.DamageData(StoredChapter(), Chapter), "OEBPS/ch1.xhtml is corrupt in the zip archive (size or CRC-32 does not match its header)"),
        ["unsupported-compression"] = new(() => ZipBytes.SetMethod(Valid(), Chapter, 14), "OEBPS/ch1.xhtml uses a zip compression method this reader does not support"),
        ["declared-entry-count-huge"] = new(() => ZipBytes.SetDeclaredEntryCount(Valid(), 65_000), "65,000 entries, more than the limit of 10,000"),

        // A zip, but not an EPUB.
        ["zip-without-container"] = new(() => new EpubBuilder().AddFile("readme.txt", "hello").ToBytes(), "not an EPUB (no META-INF/container.xml)"),
        ["mimetype-only"] = new(() => new EpubBuilder().AddFile("mimetype", "application/epub+zip").ToBytes(), "not an EPUB (no META-INF/container.xml)"),
        ["container-malformed"] = new(() => new EpubBuilder().AddFile("META-INF/container.xml", "<container><rootfiles>").ToBytes(), "META-INF/container.xml is not well-formed XML"),
        ["container-without-rootfile"] = new(() => new EpubBuilder().AddFile("META-INF/container.xml", "<container><rootfiles/></container>").ToBytes(), "names no package document"),
        ["container-external-entity"] = new(
            () => new EpubBuilder().AddFile("META-INF/container.xml", """<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]><container><rootfiles><rootfile full-path="&x;"/></rootfiles></container>""").ToBytes(),
            "META-INF/container.xml is not well-formed XML"),
        ["opf-missing"] = new(() => new EpubBuilder().WithContainer("OEBPS/missing.opf").ToBytes(), "package document OEBPS/missing.opf named by META-INF/container.xml is missing"),
        ["opf-garbage-bytes"] = new(() => new EpubBuilder().WithContainer().AddFile(EpubBuilder.DefaultOpfPath, RandomBytes(2048)).ToBytes(), "OEBPS/content.opf is not well-formed XML"),
        ["opf-not-a-package"] = new(() => WithOpf("<html><body>hi</body></html>"), "is not an OPF package document"),
        ["opf-without-manifest"] = new(() => WithOpf("""<package xmlns="http://www.idpf.org/2007/opf"><spine/></package>"""), "has no <manifest>"),
        ["opf-without-spine"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), string.Empty).Replace("<spine></spine>", string.Empty, StringComparison.Ordinal)), "has no <spine>"),
        ["opf-empty-spine"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), string.Empty)), "the spine is empty"),
        ["spine-idref-not-in-manifest"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), EpubMarkup.ItemRef("c") + EpubMarkup.ItemRef("ghost"))), "spine item 'ghost' is not in the manifest"),
        ["spine-file-missing"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml") + EpubMarkup.Item("d", "ch2.xhtml"), EpubMarkup.ItemRef("c") + EpubMarkup.ItemRef("d"))), "spine document OEBPS/ch2.xhtml is missing from the archive"),
        ["spine-only-images"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("i", "a.png", "image/png"), EpubMarkup.ItemRef("i"))), "the spine lists no XHTML content documents"),

        // XML attacks: nothing is expanded or fetched.
        ["opf-billion-laughs"] = new(() => WithOpf(BillionLaughs), "OEBPS/content.opf is not well-formed XML"),
        ["opf-external-entity-etc-passwd"] = new(() => WithOpf(ExternalEntityOpf), "OEBPS/content.opf is not well-formed XML"),

        // DRM.
        ["adobe-drm-rights-xml"] = new(() => WithFile("META-INF/rights.xml", "<rights/>"), "protected by Adobe DRM"),
        ["readium-lcp-license"] = new(() => WithFile("META-INF/license.lcpl", "{}"), "protected by Readium LCP"),
        ["apple-fairplay-sinf"] = new(() => WithFile("META-INF/sinf.xml", "<sinf/>"), "protected by Apple FairPlay DRM"),
        ["encrypted-content"] = new(() => WithFile("META-INF/encryption.xml", Encryption("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/ch1.xhtml")), "encrypted content (DRM): OEBPS/ch1.xhtml"),
        ["encryption-xml-malformed"] = new(() => WithFile("META-INF/encryption.xml", "<encryption><EncryptedData>"), "META-INF/encryption.xml is not well-formed XML"),

        // Zip bombs and size limits: bytes are counted as they are decompressed.
        ["zip-bomb-one-entry-default-limits"] = new(() => WithChapterBody(new string('a', 70 * 1024 * 1024)), "OEBPS/ch1.xhtml decompresses to more than the limit of 64 MiB per file"),
        ["zip-bomb-lying-size-header"] = new(() => ZipBytes.SetUncompressedSize(WithChapterBody(new string('a', 4 * 1024 * 1024)), Chapter, 100), "OEBPS/ch1.xhtml is corrupt in the zip archive (size or CRC-32", Small()),
        ["zip-bomb-total"] = new(ManyChapters, "the archive decompresses to more than 5 MiB", Small() with { MaxArchiveBytes = 5L * 1024 * 1024 }),
        ["too-many-entries"] = new(TooManyEntries, "10,001 entries, more than the limit of 10,000"),
        ["archive-larger-than-limit"] = new(Valid, "larger than the limit of 1 KiB", IngestOptions.Default with { MaxArchiveBytes = 1024 }),
        ["archive-larger-than-limit-non-seekable"] = new(Valid, "larger than the limit of 1 KiB", IngestOptions.Default with { MaxArchiveBytes = 1024 }, NonSeekable: true),
        ["huge-paragraph-over-entry-limit"] = new(() => WithChapterBody("<p>" + new string('x', 50 * 1024 * 1024) + "</p>"), "decompresses to more than the limit of 16 MiB per file", IngestOptions.Default with { MaxEntryBytes = 16L * 1024 * 1024 }),

        // Markup that would make the HTML parser quadratic.
        ["deeply-nested-divs"] = new(() => WithChapterBody(string.Concat(Enumerable.Repeat("<div>", 100_000))), "OEBPS/ch1.xhtml nests elements more than 512 levels deep"),
        ["deeply-nested-unclosed-font"] = new(() => WithChapterBody(string.Concat(Enumerable.Repeat("<font>x", 100_000))), "nests elements more than 512 levels deep"),
        ["opf-deeply-nested-title"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), EpubMarkup.ItemRef("c"), metadata: "<dc:title>" + string.Concat(Enumerable.Repeat("<b>", 200_000)) + string.Concat(Enumerable.Repeat("</b>", 200_000)) + "</dc:title>")), "OEBPS/content.opf nests elements more than 256 levels deep"),
        ["too-many-attributes"] = new(() => WithChapterBody("<p " + string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"a{i}=\"\"")) + ">x</p>"), "more than 1000 attributes"),

        // Path traversal: names are only names; nothing is written anywhere.
        ["container-path-traversal"] = new(TraversalContainer, "is missing"),
        ["manifest-href-traversal"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "../../../../../../etc/passwd"), EpubMarkup.ItemRef("c"))), "spine document etc/passwd is missing from the archive"),

        // Books with nothing to read.
        ["no-readable-text"] = new(() => WithChapterBody("<img src=\"a.png\" alt=\"\"/><svg><text>not read</text></svg>"), "no readable text"),
        ["only-front-matter"] = new(() => SimpleEpub.Epub3(("cover.xhtml", "Cover", "<p>Cover.</p>")).ToBytes(), "no body text"),
        ["malformed-pls-lexicon"] = new(() => WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml") + EpubMarkup.Item("l", "l.pls", "application/pls+xml"), EpubMarkup.ItemRef("c")), ("OEBPS/l.pls", "<lexicon><lexeme>")), "pronunciation lexicon OEBPS/l.pls"),
    };

    private static IngestOptions Small() => IngestOptions.Default with { MaxEntryBytes = 2L * 1024 * 1024 };

    private static byte[] Valid() => WithChapterBody("<p>Hello.</p>");

    private static byte[] ValidWithLongChapter() =>
        WithChapterBody(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<p>Paragraph {i} with some words {i * 7919 % 1000}.</p>")));

    private static byte[] WithChapterBody(string body) => new EpubBuilder()
        .WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), EpubMarkup.ItemRef("c")))
        .AddFile(Chapter, EpubMarkup.Xhtml(body))
        .ToBytes();

    // Stored, not deflated: damaged bytes keep the entry's size, so only the CRC-32 check can notice them.
    private static byte[] StoredChapter() => new EpubBuilder()
        .WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), EpubMarkup.ItemRef("c")))
        .AddFile(Chapter, EpubMarkup.Xhtml(string.Concat(Enumerable.Repeat("<p>Stored text.</p>", 200))))
        .Store(Chapter)
        .ToBytes();

    private static byte[] WithOpf(string opf, params (string Name, string Content)[] files)
    {
        var builder = new EpubBuilder().WithOpf(opf).AddFile(Chapter, EpubMarkup.Xhtml("<p>Hello.</p>"));
        foreach (var (name, content) in files)
        {
            builder.AddFile(name, content);
        }

        return builder.ToBytes();
    }

    private static byte[] WithFile(string name, string content) =>
        WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), EpubMarkup.ItemRef("c")), (name, content));

    private static string Encryption(string algorithm, string uri) => $"""
        <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
          <enc:EncryptedData><enc:EncryptionMethod Algorithm="{algorithm}"/>
            <enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData>
        </encryption>
        """;

    private static byte[] ManyChapters()
    {
        var paragraph = "<p>" + new string('b', (1024 * 1024) + (512 * 1024)) + "</p>";
        var builder = new EpubBuilder().WithOpf(EpubMarkup.Opf(
            string.Concat(Enumerable.Range(0, 4).Select(i => EpubMarkup.Item($"c{i}", $"ch{i}.xhtml"))),
            string.Concat(Enumerable.Range(0, 4).Select(i => EpubMarkup.ItemRef($"c{i}")))));
        for (var i = 0; i < 4; i++)
        {
            builder.AddFile($"OEBPS/ch{i}.xhtml", EpubMarkup.Xhtml(paragraph));
        }

        return builder.ToBytes();
    }

    private static byte[] TooManyEntries()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 10_001; i++)
            {
                zip.CreateEntry($"f{i}", CompressionLevel.NoCompression).Open().Dispose();
            }
        }

        return buffer.ToArray();
    }

    private static byte[] TraversalContainer()
    {
        var opfPath = $"../../../../../../../tmp/{Sentinel}/content.opf";
        return new EpubBuilder()
            .WithContainer(opfPath)
            .AddFile(opfPath, EpubMarkup.Opf(EpubMarkup.Item("c", "ch1.xhtml"), EpubMarkup.ItemRef("c")))
            .AddFile($"../../../../../../../tmp/{Sentinel}/ch1.xhtml", EpubMarkup.Xhtml("<p>Escaped?</p>"))
            .AddFile($"/tmp/{Sentinel}-absolute", "absolute")
            .ToBytes();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20250101).NextBytes(bytes);
        return bytes;
    }
}
