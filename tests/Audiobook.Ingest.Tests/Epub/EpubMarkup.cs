namespace Audiobook.Ingest.Tests.Epub;

/// <summary>Text of the XML and XHTML files inside fixture EPUBs.</summary>
internal static class EpubMarkup
{
    public const string Epub2Doctype =
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">";

    public static string Container(string opfPath) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles><rootfile full-path="{opfPath}" media-type="application/oebps-package+xml"/></rootfiles>
        </container>
        """;

    public static string Opf(string manifest, string spine, string? metadata = null, string version = "3.0", string spineAttributes = "", string guide = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="{version}" unique-identifier="bookid">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
            {metadata ?? DefaultMetadata}
          </metadata>
          <manifest>{manifest}</manifest>
          <spine{spineAttributes}>{spine}</spine>
          {guide}
        </package>
        """;

    public const string DefaultMetadata = """
        <dc:identifier id="bookid">urn:uuid:0000</dc:identifier>
        <dc:title>Test Book</dc:title>
        <dc:creator>Ann Author</dc:creator>
        <dc:language>en</dc:language>
        """;

    public static string Item(string id, string href, string mediaType = "application/xhtml+xml", string? properties = null) =>
        properties is null
            ? $"""<item id="{id}" href="{href}" media-type="{mediaType}"/>"""
            : $"""<item id="{id}" href="{href}" media-type="{mediaType}" properties="{properties}"/>""";

    public static string ItemRef(string id, bool linear = true) =>
        linear ? $"""<itemref idref="{id}"/>""" : $"""<itemref idref="{id}" linear="no"/>""";

    /// <summary>An XHTML content document; <paramref name="epub2"/> adds the XHTML 1.1 DOCTYPE of EPUB 2 books.</summary>
    public static string Xhtml(string body, string title = "Test", string? lang = "en", bool epub2 = false, string bodyAttributes = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        {(epub2 ? Epub2Doctype : "<!DOCTYPE html>")}
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"{(lang is null ? string.Empty : $" xml:lang=\"{lang}\" lang=\"{lang}\"")}>
        <head><title>{title}</title></head>
        <body{bodyAttributes}>
        {body}
        </body>
        </html>
        """;

    /// <summary>An EPUB 3 navigation document with the given <c>ol</c> content of the toc nav.</summary>
    public static string Nav(string tocItems, string landmarks = "") => Xhtml($"""
        <nav epub:type="toc" id="toc"><h1>Contents</h1><ol>{tocItems}</ol></nav>
        {(landmarks.Length == 0 ? string.Empty : $"<nav epub:type=\"landmarks\"><ol>{landmarks}</ol></nav>")}
        """, "Contents");

    public static string NavItem(string href, string label, string children = "") =>
        children.Length == 0
            ? $"""<li><a href="{href}">{label}</a></li>"""
            : $"""<li><a href="{href}">{label}</a><ol>{children}</ol></li>""";

    /// <summary>An EPUB 2 NCX with its DOCTYPE and the given navPoints.</summary>
    public static string Ncx(string navPoints) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
          <head><meta name="dtb:uid" content="urn:uuid:0000"/></head>
          <docTitle><text>Test Book</text></docTitle>
          <navMap>{navPoints}</navMap>
        </ncx>
        """;

    public static string NavPoint(string id, string src, string label, string children = "") => $"""
        <navPoint id="{id}" playOrder="1"><navLabel><text>{label}</text></navLabel><content src="{src}"/>{children}</navPoint>
        """;
}
