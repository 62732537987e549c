namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// The common EPUB 3 fixture: one XHTML file per chapter under OEBPS/, a nav document listing them, and nothing else.
/// Tests that need odd structure use <see cref="EpubBuilder"/> and <see cref="EpubMarkup"/> directly.
/// </summary>
internal static class SimpleEpub
{
    public static EpubBuilder Epub3(params (string File, string Label, string Body)[] chapters)
    {
        var manifest = EpubMarkup.Item("nav", "nav.xhtml", properties: "nav")
            + string.Concat(chapters.Select((c, i) => EpubMarkup.Item($"c{i}", c.File)));
        var spine = string.Concat(chapters.Select((_, i) => EpubMarkup.ItemRef($"c{i}")));
        var nav = EpubMarkup.Nav(string.Concat(chapters.Where(c => c.Label.Length > 0).Select(c => EpubMarkup.NavItem(c.File, c.Label))));
        var builder = new EpubBuilder().WithOpf(EpubMarkup.Opf(manifest, spine)).AddFile("OEBPS/nav.xhtml", nav);
        foreach (var (file, _, body) in chapters)
        {
            builder.AddFile("OEBPS/" + file, EpubMarkup.Xhtml(body));
        }

        return builder;
    }

    public static Core.Books.Book Read(EpubBuilder builder, IngestOptions? options = null)
    {
        using var stream = builder.ToStream();
        return Ingest.Epub.EpubBookReader.Read(stream, options ?? IngestOptions.Default, "test.epub");
    }
}
