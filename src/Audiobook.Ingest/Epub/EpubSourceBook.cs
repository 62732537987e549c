namespace Audiobook.Ingest.Epub;

/// <summary>
/// A source EPUB opened again to be republished as a read-along edition: its resources under clean entry names,
/// its reading order, its table of contents, and its content documents rewritten as EPUB 3 XHTML with the spoken
/// text marked in place (<see cref="Rewrite"/>). The archive is read in memory under the same limits as
/// <see cref="BookReader"/>; the NCX is not republished (the edition's navigation document replaces it).
/// </summary>
public sealed class EpubSourceBook : IDisposable
{
    private const string NcxMediaType = "application/x-dtbncx+xml";
    private readonly EpubArchive archive;
    private readonly Dictionary<string, EpubSourceItem> byPath;

    private EpubSourceBook(
        EpubArchive archive, string packagePath, List<EpubSourceItem> items, List<EpubSourceSpineItem> spine, List<EpubSourceTocEntry> toc,
        List<EpubSourceLandmark> landmarks, List<EpubSourceTocEntry> pageList)
    {
        this.archive = archive;
        PackagePath = packagePath;
        Items = items;
        Spine = spine;
        Toc = toc;
        Landmarks = landmarks;
        PageList = pageList;
        byPath = items.ToDictionary(i => i.Path, StringComparer.Ordinal);
    }

    /// <summary>The entry name of the package document; the edition writes its own in its place.</summary>
    public string PackagePath { get; }

    /// <summary>The manifest items present in the archive, in manifest order.</summary>
    public IReadOnlyList<EpubSourceItem> Items { get; }

    /// <summary>The reading order.</summary>
    public IReadOnlyList<EpubSourceSpineItem> Spine { get; }

    /// <summary>The table of contents (EPUB 3 nav, else the NCX), its links pointing at the edition's entries.</summary>
    public IReadOnlyList<EpubSourceTocEntry> Toc { get; }

    /// <summary>The landmarks (EPUB 3 landmarks nav and EPUB 2 guide) whose targets are in the edition, each once.</summary>
    public IReadOnlyList<EpubSourceLandmark> Landmarks { get; }

    /// <summary>The print edition's page list (EPUB 3 page-list nav, else the NCX's pageList), the pages whose targets
    /// are in the edition, in order.</summary>
    public IReadOnlyList<EpubSourceTocEntry> PageList { get; }

    /// <summary>Opens <paramref name="epub"/>.</summary>
    /// <exception cref="BookFormatException">The archive cannot be read again (it was read once, so this means it changed or is hostile).</exception>
    public static EpubSourceBook Open(ReadOnlyMemory<byte> epub, IngestOptions options, string displayName)
    {
        ArgumentNullException.ThrowIfNull(options);
        var archive = EpubArchive.Open(new MemoryStream(epub.ToArray(), writable: false), options);
        try
        {
            var packagePath = EpubContainerReader.ReadPackagePath(archive);
            var package = EpubPackageParser.Parse(EpubXml.Load(archive.Read(packagePath, "package document"), packagePath), packagePath);
            var kept = package.Manifest
                .Where(i => i.Path is not null && archive.Find(i.Path) is not null && i.MediaType != NcxMediaType)
                .ToList();
            var names = EpubOutputNames.Assign(kept.Select(i => (archive.Find(i.Path!)!, IsXhtml(i))), [packagePath, "mimetype", "META-INF/container.xml"]);
            var cover = EpubCoverReader.FindItem(package);
            var keptIds = kept.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var items = kept.Select(i =>
            {
                var path = archive.Find(i.Path!)!;
                var isDocument = IsXhtml(i);
                var mediaType = isDocument ? "application/xhtml+xml" : i.MediaType == "image/jpg" ? "image/jpeg" : i.MediaType;
                var fallback = i.FallbackId is not null && keptIds.Contains(i.FallbackId) ? i.FallbackId : null;
                return new EpubSourceItem(i.Id, path, names[path], mediaType, fallback, isDocument, i.HasProperty("nav"), i == cover);
            }).ToList();
            var spine = package.Spine.Where(s => keptIds.Contains(s.Item.Id)).Select(s => new EpubSourceSpineItem(s.Item.Id, s.Linear)).ToList();
            var navigation = EpubNavigationReader.Read(package, archive, withPageList: true);
            var toc = navigation.Toc.Select(e => Entry(e, archive, names)).ToList();
            var pages = navigation.Pages.Select(e => Entry(e, archive, names)).Where(e => e.OutputPath is not null && e.Title.Length > 0).ToList();
            var landmarks = navigation.Landmarks
                .Select(l => (l, Path: OutputName(l.Target, archive, names)))
                .Where(x => x.Path is not null)
                .Select(x => new EpubSourceLandmark(x.l.Type, x.l.Title ?? "", x.Path!, x.l.Target.Fragment))
                .DistinctBy(l => (l.Type, l.OutputPath, l.Fragment))
                .ToList();
            return new EpubSourceBook(archive, packagePath, items, spine, toc, landmarks, pages);
        }
        catch (EpubFormatException ex)
        {
            archive.Dispose();
            throw BookFormatException.For(displayName, ex.Message, ex);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>The bytes of a resource, as the source holds them.</summary>
    public byte[] Read(EpubSourceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return archive.Read(item.Path, "resource");
    }

    /// <summary>A content document as EPUB 3 XHTML: each mark's text wrapped in an element with an id, links to renamed
    /// entries rewritten, the stylesheet at <paramref name="stylesheetPath"/> (an entry name) linked, and
    /// <paramref name="title"/> as its title when it has none.</summary>
    public EpubRewrittenDocument Rewrite(EpubSourceItem document, IReadOnlyList<EpubTextMark> marks, string stylesheetPath, string title)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(marks);
        var html = EpubHtml.Parse(archive.Read(document.Path, "content document"), document.Path);
        var targets = new XhtmlTextMarker(html).Mark(marks);
        var writer = new XhtmlWriter(document.OutputPath, href => EpubPath.Resolve(document.Path, href), OutputPathOf, stylesheetPath, title);
        var xhtml = writer.Write(html);
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        return new EpubRewrittenDocument(xhtml, targets, writer.Properties, ids);
    }

    public void Dispose() => archive.Dispose();

    private static bool IsXhtml(EpubManifestItem item) => item.IsDocument && item.MediaType != "image/svg+xml";

    private string? OutputPathOf(string path) =>
        byPath.TryGetValue(path, out var item) || (archive.Find(path) is { } found && byPath.TryGetValue(found, out item)) ? item.OutputPath : null;

    private static EpubSourceTocEntry Entry(EpubTocEntry entry, EpubArchive archive, Dictionary<string, string> names)
    {
        var path = entry.Target is { } target ? OutputName(target, archive, names) : null;
        return new EpubSourceTocEntry(entry.Title, path, path is null ? null : entry.Target!.Value.Fragment, entry.Children.Select(c => Entry(c, archive, names)).ToList());
    }

    /// <summary>The edition entry a link's file becomes, or null when the archive does not hold it.</summary>
    private static string? OutputName(EpubHref target, EpubArchive archive, Dictionary<string, string> names) =>
        archive.Find(target.Path) is { } found && names.TryGetValue(found, out var name) ? name : null;
}
