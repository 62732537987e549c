using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Finds the cover image: the EPUB 3 manifest item with <c>properties="cover-image"</c>, else the EPUB 2
/// <c>&lt;meta name="cover" content="id"&gt;</c> (some books put the href there), else an image whose id or file
/// name contains "cover". A missing or unreadable image means no cover, not an error.
/// </summary>
internal static class EpubCoverReader
{
    public static CoverImage? Read(EpubPackage package, EpubArchive archive)
    {
        var item = FindItem(package);
        if (item?.Path is null)
        {
            return null;
        }

        var data = archive.TryRead(item.Path);
        return data is null || data.Length == 0 ? null : new CoverImage(MediaType(item.MediaType), data);
    }

    /// <summary>The manifest item of the cover image, found by the rules above, or null.</summary>
    public static EpubManifestItem? FindItem(EpubPackage package) =>
        package.Manifest.FirstOrDefault(i => i.IsImage && i.HasProperty("cover-image"))
            ?? Epub2Cover(package)
            ?? package.Manifest.FirstOrDefault(i => i.IsImage && (Mentions(i.Id) || Mentions(Path.GetFileName(i.Path))));

    private static EpubManifestItem? Epub2Cover(EpubPackage package)
    {
        var meta = EpubXml.Child(package.Root, "metadata")?.Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "meta" && string.Equals(EpubXml.Attribute(e, "name"), "cover", StringComparison.OrdinalIgnoreCase));
        var content = meta is null ? null : EpubXml.Attribute(meta, "content")?.Trim();
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        var byId = package.FindById(content);
        if (byId is { IsImage: true })
        {
            return byId;
        }

        var path = EpubPath.Resolve(package.Path, content)?.Path;
        return package.Manifest.FirstOrDefault(i => i.IsImage && i.Path == path);
    }

    private static bool Mentions(string? name) => name?.Contains("cover", StringComparison.OrdinalIgnoreCase) == true;

    private static string MediaType(string mediaType) => mediaType == "image/jpg" ? "image/jpeg" : mediaType;
}
