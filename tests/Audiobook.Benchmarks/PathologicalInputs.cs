using System.Globalization;
using System.IO.Compression;
using System.Text;
using Audiobook.Core.Costs;
using Audiobook.Core.Segmentation;
using Audiobook.Core.Text;
using Audiobook.Ingest;

namespace Audiobook.Benchmarks;

/// <summary>
/// The inputs whose speed the tests used to assert with a stopwatch, now measured here instead (<c>ingest
/// --pathological</c>): each builds its input once and returns a run that reads it and says what came out, so the
/// table shows the work was done, not skipped.
/// </summary>
internal static class PathologicalInputs
{
    private const string Lights = "The ferry crossed the dark water again, and Nora counted the lights.";
    private const string Ferry = "The ferry crossed the dark water again, and Nora counted the lights. 渡船又一次穿过黑暗的水面。 ";

    public static IReadOnlyList<(string Name, string Guarded, Func<Func<string>> Build)> All { get; } =
    [
        ("one 50 MB line of text (read + segment)", "BookReaderTests < 60 s", OneLineText),
        ("5,000,000 Han + 1,000,000 words, one sentence end (split)", "SentenceSplitterTests < 10 s", UnpunctuatedText),
        ("EPUB: one 50 MB paragraph", "EpubRobustnessTests 90 s timeout", OneParagraphEpub),
        ("EPUB: 20,000 TOC entries into one file", "EpubRobustnessTests 60 s timeout", ManyEntriesEpub),
        ("EPUB: 290,000-char anthology in one file, grouped TOC", "new (two-pass chapter choice)", AnthologyEpub),
        ("EPUB hostile: 100,000 nested <div>s (refused)", "HostileEpubCorpusTests 15 s timeout", NestedDivsEpub),
        ("EPUB hostile: 70 MB zip bomb entry (refused)", "HostileEpubCorpusTests 15 s timeout", ZipBombEpub),
    ];

    private static Func<string> OneLineText()
    {
        var bytes = Encoding.UTF8.GetBytes(Repeat(Ferry, 50_000_000 / 1.3));
        return () =>
        {
            var book = BookReader.Read(bytes, "huge.txt", IngestOptions.Default);
            var segments = new BookSegmenter(SegmenterOptions.Default).Segment(book).Sum(c => c.Segments.Count);
            return Invariant($"{book.Chapters[0].Blocks.Count:N0} paragraphs, {segments:N0} segments");
        };
    }

    private static Func<string> UnpunctuatedText()
    {
        var text = new string('字', 5_000_000) + "。" + string.Concat(Enumerable.Repeat("word ", 1_000_000));
        return () => Invariant($"{SentenceSplitter.Split(text, "zh").Count} sentences");
    }

    private static Func<string> OneParagraphEpub()
    {
        var bytes = Epub($"""<li><a href="c.xhtml">One</a></li>""", "<p>" + Repeat("The storm went on and on. ", 50 * 1024 * 1024) + "</p>");
        return () => Invariant($"{BookReader.Read(bytes, "big.epub", IngestOptions.Default).Chapters[0].Blocks.Count:N0} paragraphs");
    }

    private static Func<string> ManyEntriesEpub()
    {
        var nav = string.Concat(Enumerable.Range(0, 20_000).Select(i => Invariant($"""<li><a href="c.xhtml#s{i}">Section {i}</a></li>""")));
        var body = string.Concat(Enumerable.Range(0, 20_000).Select(i => Invariant($"""<h2 id="s{i}">Section {i}</h2><p>Text {i}.</p>""")));
        var bytes = Epub(nav, body);
        return () => Invariant($"{BookReader.Read(bytes, "many.epub", IngestOptions.Default).Chapters.Count:N0} chapters");
    }

    // Three parts of three authors (nav spans) of two stories of six numbered sections (hidden sub-lists).
    private static Func<string> AnthologyEpub()
    {
        var nav = new StringBuilder("""<li><a href="c.xhtml#top">The Long Harbour</a><ol>""");
        var body = new StringBuilder("""<h1 id="top">The Long Harbour</h1>""");
        var story = 0;
        for (var part = 1; part <= 3; part++)
        {
            nav.Append(Invariant($"""<li><a href="c.xhtml#p{part}">Part {part}</a><ol>"""));
            body.Append(Invariant($"""<h2 id="p{part}">Part {part}</h2>"""));
            for (var author = 1; author <= 3; author++)
            {
                nav.Append(Invariant($"""<li><span>Author {part}.{author}</span><ol>"""));
                for (var s = 0; s < 2; s++)
                {
                    story++;
                    nav.Append(Invariant($"""<li><a href="c.xhtml#s{story}">Story {story}</a><ol hidden="">"""));
                    body.Append(Invariant($"""<h3 id="s{story}">Story {story}</h3>"""));
                    for (var section = 1; section <= 6; section++)
                    {
                        nav.Append(Invariant($"""<li><a href="c.xhtml#s{story}-{section}">{section}</a></li>"""));
                        body.Append(Invariant($"""<h4 id="s{story}-{section}">{section}</h4>"""));
                        for (var p = 0; p < 13; p++)
                        {
                            body.Append("<p>").Append(Lights).Append(' ').Append(Lights).Append(' ').Append(Lights).Append("</p>");
                        }
                    }

                    nav.Append("</ol></li>");
                }

                nav.Append("</ol></li>");
            }

            nav.Append("</ol></li>");
        }

        var bytes = Epub(nav.Append("</ol></li>").ToString(), body.ToString());
        return () =>
        {
            var book = BookReader.Read(bytes, "anthology.epub", IngestOptions.Default);
            var longest = book.Chapters.Max(c => c.Blocks.Sum(b => SpeechRateModel.Default.Seconds(b.Text)));
            var characters = book.Chapters.Sum(c => c.Blocks.Sum(b => b.Text.Length));
            return Invariant($"{characters:N0} chars, {book.Chapters.Count} chapters, longest {TimeSpan.FromSeconds(Math.Round(longest)):h\\:mm\\:ss}");
        };
    }

    private static Func<string> NestedDivsEpub()
    {
        var bytes = Epub("""<li><a href="c.xhtml">One</a></li>""", string.Concat(Enumerable.Repeat("<div>", 100_000)));
        return () => Refused(bytes);
    }

    private static Func<string> ZipBombEpub()
    {
        var bytes = Epub("""<li><a href="c.xhtml">One</a></li>""", new string('a', 70 * 1024 * 1024));
        return () => Refused(bytes);
    }

    private static string Refused(byte[] bytes)
    {
        try
        {
            BookReader.Read(bytes, "hostile.epub", IngestOptions.Default);
            return "READ (expected a refusal)";
        }
        catch (BookFormatException ex)
        {
            return "refused: " + ex.Message[(ex.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        }
    }

    // A minimal EPUB 3: a nav with the given items and one content document c.xhtml with the given body.
    private static byte[] Epub(string navItems, string body)
    {
        const string Head = """<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head><body>""";
        var files = new (string Name, string Text)[]
        {
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""),
            ("OEBPS/content.opf", """<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">bench</dc:identifier><dc:title>Bench</dc:title><dc:language>en</dc:language></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>"""),
            ("OEBPS/nav.xhtml", Head + """<nav epub:type="toc"><ol>""" + navItems + "</ol></nav></body></html>"),
            ("OEBPS/c.xhtml", Head + body + "</body></html>"),
        };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private static string Repeat(string piece, double chars)
    {
        var text = new StringBuilder((int)chars + piece.Length);
        while (text.Length < chars)
        {
            text.Append(piece);
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
