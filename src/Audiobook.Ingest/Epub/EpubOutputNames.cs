namespace Audiobook.Ingest.Epub;

/// <summary>
/// Entry names for a republished EPUB: the source's own names, except that characters EPUBCheck warns about or
/// forbids in file names (spaces, <c>"*:&lt;&gt;?\|</c>, controls, private-use characters) become <c>_</c>, keeping
/// every name unique (compared without case, as some file systems do).
/// </summary>
internal static class EpubOutputNames
{
    public static Dictionary<string, string> Assign(IEnumerable<string> paths, IEnumerable<string> reserved)
    {
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var clean = string.Concat(path.Select(c => IsUnsafe(c) ? '_' : c));
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
