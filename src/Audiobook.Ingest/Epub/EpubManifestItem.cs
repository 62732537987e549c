namespace Audiobook.Ingest.Epub;

/// <summary>One OPF manifest item; <see cref="Path"/> is the resolved zip entry name, null for a remote resource.</summary>
internal sealed record EpubManifestItem(string Id, string? Path, string MediaType, IReadOnlyList<string> Properties, string? FallbackId)
{
    public bool IsDocument =>
        MediaType is "application/xhtml+xml" or "text/html" or "application/xml" or "text/x-oeb1-document"
        || (Path is not null && (Path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase)
            || Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || Path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)));

    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal) && MediaType != "image/svg+xml";

    public bool HasProperty(string property) => Properties.Contains(property, StringComparer.Ordinal);
}
