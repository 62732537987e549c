using System.Globalization;

namespace Audiobook.Core.Lexicons;

/// <summary>
/// Reads the text lexicon format (docs/lexicon-format.md): one <c>term =&gt; replacement</c> per line, optional trailing
/// flags <c>[case]</c>, <c>[nocase]</c>, <c>[partial]</c>, <c>[lang=xx]</c>, and <c>#</c> comment lines.
/// Without a case flag a term with a capital letter matches case-sensitively and an all-lower-case term matches any case.
/// </summary>
public static class LexiconParser
{
    private const string Arrow = "=>";

    /// <summary>Parses <paramref name="text"/>; <paramref name="sourceName"/> (a file name) appears in error messages.</summary>
    /// <exception cref="LexiconFormatException">A line is not an entry, a comment or blank.</exception>
    public static Lexicon Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<LexiconEntry>();
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            entries.Add(ParseEntry(trimmed, sourceName, lineNumber));
        }

        return new Lexicon(entries);
    }

    private static LexiconEntry ParseEntry(string line, string sourceName, int lineNumber)
    {
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0)
        {
            throw Error(sourceName, lineNumber, "expected 'term => replacement'");
        }

        var term = line[..arrow].Trim();
        if (term.Length == 0)
        {
            throw Error(sourceName, lineNumber, "the term before '=>' is empty");
        }

        var rest = line[(arrow + Arrow.Length)..].Trim();
        bool? caseSensitive = null;
        var wholeWord = true;
        string? language = null;
        while (rest.EndsWith(']'))
        {
            var open = rest.LastIndexOf('[');
            if (open < 0)
            {
                break;
            }

            var flag = rest[(open + 1)..^1].Trim();
            switch (flag.ToLowerInvariant())
            {
                case "case": caseSensitive = true; break;
                case "nocase": caseSensitive = false; break;
                case "partial": wholeWord = false; break;
                case var f when f.StartsWith("lang=", StringComparison.Ordinal) && f.Length > 5:
                    language = f[5..].Trim();
                    break;
                default:
                    throw Error(sourceName, lineNumber, $"unknown flag [{flag}] (known: [case] [nocase] [partial] [lang=xx])");
            }

            rest = rest[..open].TrimEnd();
        }

        if (rest.Contains(Arrow, StringComparison.Ordinal))
        {
            throw Error(sourceName, lineNumber, "more than one '=>'");
        }

        return new LexiconEntry(term, rest, wholeWord, caseSensitive ?? term.Any(char.IsUpper), language);
    }

    private static LexiconFormatException Error(string sourceName, int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{sourceName} line {lineNumber}: {problem}"));
}
