namespace Audiobook.Ingest.Epub;

/// <summary>Reads META-INF/container.xml and returns the entry name of the package document (the OPF).</summary>
internal static class EpubContainerReader
{
    private const string ContainerPath = "META-INF/container.xml";
    private const string PackageMediaType = "application/oebps-package+xml";

    public static string ReadPackagePath(EpubArchive archive)
    {
        if (archive.Find(ContainerPath) is null)
        {
            throw new EpubFormatException("not an EPUB (no META-INF/container.xml)");
        }

        var document = EpubXml.Load(archive.Read(ContainerPath, "container"), ContainerPath);
        var rootfiles = document.Descendants().Where(e => e.Name.LocalName == "rootfile").ToList();
        var rootfile = rootfiles.FirstOrDefault(IsPackage) ?? rootfiles.FirstOrDefault();
        var fullPath = rootfile is null ? null : EpubXml.Attribute(rootfile, "full-path");
        if (string.IsNullOrWhiteSpace(fullPath))
        {
            throw new EpubFormatException($"{ContainerPath} names no package document (rootfile full-path)");
        }

        var path = EpubPath.Normalize(fullPath.Trim());
        if (archive.Find(path) is null && fullPath.Contains('%', StringComparison.Ordinal))
        {
            path = EpubPath.Normalize(Uri.UnescapeDataString(fullPath.Trim()));
        }

        return archive.Find(path) ?? throw new EpubFormatException($"package document {path} named by {ContainerPath} is missing");
    }

    private static bool IsPackage(System.Xml.Linq.XElement rootfile)
    {
        var mediaType = EpubXml.Attribute(rootfile, "media-type");
        return mediaType is null || string.Equals(mediaType.Trim(), PackageMediaType, StringComparison.OrdinalIgnoreCase);
    }
}
