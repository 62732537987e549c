using System.Xml.Linq;

namespace Audiobook.Ingest.Epub;

/// <summary>Parses the OPF manifest, spine and guide. Metadata is read by <see cref="EpubMetadataReader"/>.</summary>
internal static class EpubPackageParser
{
    public static EpubPackage Parse(XDocument document, string path)
    {
        var root = document.Root;
        if (root is null || root.Name.LocalName != "package")
        {
            throw new EpubFormatException($"{path} is not an OPF package document (no <package> element)");
        }

        var manifestElement = EpubXml.Child(root, "manifest")
            ?? throw new EpubFormatException($"{path} has no <manifest>");
        var manifest = new List<EpubManifestItem>();
        var byId = new Dictionary<string, EpubManifestItem>(StringComparer.Ordinal);
        foreach (var element in EpubXml.Children(manifestElement, "item"))
        {
            var id = EpubXml.Attribute(element, "id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            var item = new EpubManifestItem(
                id,
                EpubPath.Resolve(path, EpubXml.Attribute(element, "href"))?.Path,
                (EpubXml.Attribute(element, "media-type") ?? string.Empty).Trim().ToLowerInvariant(),
                EpubText.Tokens(EpubXml.Attribute(element, "properties")),
                EpubXml.Attribute(element, "fallback")?.Trim());
            if (byId.TryAdd(id, item))
            {
                manifest.Add(item);
            }
        }

        var spineElement = EpubXml.Child(root, "spine") ?? throw new EpubFormatException($"{path} has no <spine>");
        var spine = new List<EpubSpineItem>();
        foreach (var itemref in EpubXml.Children(spineElement, "itemref"))
        {
            var idref = EpubXml.Attribute(itemref, "idref")?.Trim() ?? string.Empty;
            var linear = !string.Equals(EpubXml.Attribute(itemref, "linear")?.Trim(), "no", StringComparison.OrdinalIgnoreCase);
            if (byId.TryGetValue(idref, out var item))
            {
                spine.Add(new EpubSpineItem(item, linear));
            }
            else if (linear)
            {
                throw new EpubFormatException($"{path}: spine item '{idref}' is not in the manifest");
            }
        }

        if (spine.Count == 0)
        {
            throw new EpubFormatException($"{path}: the spine is empty");
        }

        var guide = new List<EpubLandmark>();
        foreach (var reference in EpubXml.Children(EpubXml.Child(root, "guide"), "reference"))
        {
            var type = EpubXml.Attribute(reference, "type")?.Trim().ToLowerInvariant();
            var target = EpubPath.Resolve(path, EpubXml.Attribute(reference, "href"));
            if (!string.IsNullOrEmpty(type) && target is not null)
            {
                guide.Add(new EpubLandmark(type, target.Value, EpubText.Clean(EpubXml.Attribute(reference, "title"))));
            }
        }

        return new EpubPackage(path, root, manifest, spine, EpubXml.Attribute(spineElement, "toc")?.Trim(), guide);
    }
}
