namespace Audiobook.Ingest.Epub;

/// <summary>
/// Entry names for a republished EPUB: the source's own names, except that characters EPUBCheck warns about or
/// forbids in file names (spaces, <c>"*:&lt;&gt;?\|</c>, controls, private-use characters) become <c>_</c>, an XHTML
/// content document named <c>.html</c> or <c>.htm</c> (EPUB 2 books often are) ends in <c>.xhtml</c> (EPUBCheck
/// HTM-014a), and every name stays unique (compared without case, as some file systems do).
/// </summary>
internal static class EpubOutputNames
{
    public static Dictionary<string, string> Assign(IEnumerable<(string Path, bool IsDocument)> entries, IEnumerable<string> reserved)
    {
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, isDocument) in entries)
        {
            var clean = string.Concat(path.Select(c => IsUnsafe(c) ? '_' : c));
            if (isDocument && !clean.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase))
            {
                var extension = Path.GetExtension(clean);
                clean = (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
                    ? clean[..^extension.Length] : clean) + ".xhtml";
            }

            var name = clean;
            for (var n = 2; !taken.Add(name); n++)
            {
                var dot = clean.LastIndexOf('.');
                name = dot > clean.LastIndexOf('/') ? $"{clean[..dot]}-{n}{clean[dot..]}" : $"{clean}-{n}";
            }

            names[path] = name;
        }

        return names;
    }

    private static bool IsUnsafe(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '*' or ':' or '<' or '>' or '?' or '\\' or '|' or '\u007F'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Format;
}
