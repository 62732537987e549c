namespace Audiobook.Ingest.Epub;

/// <summary>
/// Refuses books that are protected by DRM, with a message saying which kind. Font obfuscation
/// (IDPF and Adobe algorithms) is not DRM: those books are read normally (readium/readium-js#164).
/// </summary>
internal static class EpubDrmCheck
{
    private const string EncryptionPath = "META-INF/encryption.xml";

    private static readonly HashSet<string> FontObfuscation = new(StringComparer.Ordinal)
    {
        "http://www.idpf.org/2008/embedding",
        "http://ns.adobe.com/pdf/enc#RC",
    };

    public static void ThrowIfProtected(EpubArchive archive)
    {
        if (archive.Find("META-INF/rights.xml") is not null)
        {
            throw new EpubFormatException("protected by Adobe DRM (META-INF/rights.xml); a DRM-free copy is needed");
        }

        if (archive.Names.Any(n => n.EndsWith("license.lcpl", StringComparison.OrdinalIgnoreCase)))
        {
            throw new EpubFormatException("protected by Readium LCP (license.lcpl); a DRM-free copy is needed");
        }

        if (archive.Find("META-INF/sinf.xml") is not null)
        {
            throw new EpubFormatException("protected by Apple FairPlay DRM (META-INF/sinf.xml); a DRM-free copy is needed");
        }

        var encryption = archive.TryRead(EncryptionPath);
        if (encryption is null)
        {
            return;
        }

        var document = EpubXml.Load(encryption, EncryptionPath);
        foreach (var data in document.Descendants().Where(e => e.Name.LocalName == "EncryptedData"))
        {
            var method = EpubXml.Child(data, "EncryptionMethod");
            var algorithm = method is null ? null : EpubXml.Attribute(method, "Algorithm")?.Trim();
            if (algorithm is not null && FontObfuscation.Contains(algorithm))
            {
                continue;
            }

            var target = data.Descendants().FirstOrDefault(e => e.Name.LocalName == "CipherReference");
            var uri = target is null ? null : EpubXml.Attribute(target, "URI");
            throw new EpubFormatException(
                $"encrypted content (DRM): {uri ?? "a file"} is encrypted with {algorithm ?? "an unnamed algorithm"}; a DRM-free copy is needed");
        }
    }
}
