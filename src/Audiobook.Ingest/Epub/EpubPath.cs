namespace Audiobook.Ingest.Epub;

/// <summary>
/// Resolves the relative, percent-encoded hrefs of OPF, NCX and XHTML files to zip entry names.
/// The result is only ever a dictionary key: nothing is written to or read from disk, so "../" and
/// absolute names cannot escape anything; ".." above the archive root is simply dropped.
/// </summary>
internal static class EpubPath
{
    /// <summary>The folder part of an entry name, with its trailing slash ("" for the root).</summary>
    public static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..(slash + 1)];
    }

    /// <summary>Normalizes an entry name: backslashes to slashes, "." and ".." segments resolved, no leading slash.</summary>
    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// Resolves <paramref name="href"/> against the file <paramref name="basePath"/> that contains it.
    /// Returns null for empty hrefs and for links out of the book (http:, mailto:, data: and other schemes).
    /// </summary>
    public static EpubHref? Resolve(string basePath, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var text = href.Trim();
        if (HasScheme(text))
        {
            return null;
        }

        string? fragment = null;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Unescape(text[(hash + 1)..]);
            fragment = fragment.Length == 0 ? null : fragment;
            text = text[..hash];
        }

        var query = text.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            text = text[..query];
        }

        text = Unescape(text);
        if (text.Length == 0)
        {
            return new EpubHref(basePath, fragment);
        }

        var combined = text.StartsWith('/') ? text : FolderOf(basePath) + text;
        return new EpubHref(Normalize(combined), fragment);
    }

    private static string Unescape(string text) =>
        text.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(text) : text;

    // "http://x", "mailto:x", "data:..." are links out of the book; a Windows drive ("C:\x") is treated the same way.
    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return char.IsAsciiLetter(text[0]);
    }
}
