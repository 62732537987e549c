namespace Audiobook.Ingest.Epub;

/// <summary>
/// Loads the table of contents: the EPUB 3 nav document when it has entries, else the EPUB 2 NCX
/// (<c>spine@toc</c>, else the manifest's <c>application/x-dtbncx+xml</c> item). A missing or malformed navigation
/// file is not fatal: the reader then makes one chapter per spine document. Archive limits (zip bombs, corrupt
/// entries) still end the read. Landmarks merge the nav landmarks and the EPUB 2 guide. The page list (the nav's, else
/// the NCX's) is read only when asked for: the read-along edition needs it, reading a book for its text does not.
/// </summary>
internal static class EpubNavigationReader
{
    private const string NcxMediaType = "application/x-dtbncx+xml";

    public static EpubNavigation Read(EpubPackage package, EpubArchive archive, bool withPageList = false)
    {
        var navigation = EpubNavigation.Empty;
        var navItem = package.Manifest.FirstOrDefault(i => i.HasProperty("nav") && i.Path is not null);
        if (navItem?.Path is { } navPath && archive.TryRead(navPath) is { } navData)
        {
            navigation = ParseOrEmpty(() => EpubNavDocumentParser.Parse(EpubHtml.Parse(navData, navPath), navPath));
        }

        var toc = navigation.Toc;
        var pages = withPageList ? navigation.Pages : [];
        if ((!toc.Any(HasTarget) || (withPageList && pages.Count == 0)) && FindNcx(package)?.Path is { } ncxPath && archive.TryRead(ncxPath) is { } ncxData)
        {
            var ncx = ParseOrEmpty(() =>
            {
                var document = EpubXml.Load(ncxData, ncxPath);
                return new EpubNavigation(EpubNcxParser.Parse(document, ncxPath), [], EpubNcxParser.ParsePages(document, ncxPath));
            });
            toc = toc.Any(HasTarget) ? toc : ncx.Toc;
            pages = pages.Count > 0 || !withPageList ? pages : ncx.Pages;
        }

        return new EpubNavigation(toc, [.. navigation.Landmarks, .. package.Guide], pages);
    }

    private static EpubManifestItem? FindNcx(EpubPackage package) =>
        package.FindById(package.TocId) is { Path: not null } byId && !byId.IsDocument
            ? byId
            : package.Manifest.FirstOrDefault(i => i.Path is not null
                && (i.MediaType == NcxMediaType || i.Path.EndsWith(".ncx", StringComparison.OrdinalIgnoreCase)));

    private static bool HasTarget(EpubTocEntry entry) => entry.Target is not null || entry.Children.Any(HasTarget);

    private static EpubNavigation ParseOrEmpty(Func<EpubNavigation> parse)
    {
        try
        {
            return parse();
        }
        catch (EpubFormatException)
        {
            return EpubNavigation.Empty;
        }
    }
}
