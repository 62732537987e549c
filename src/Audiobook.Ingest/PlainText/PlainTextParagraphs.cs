namespace Audiobook.Ingest.PlainText;

/// <summary>
/// Groups the lines of a text file into paragraphs: runs of non-blank lines; when the file has no blank lines at all,
/// every line of CJK text is a paragraph, and Latin text starts a paragraph at each indented line (or at every line
/// when nothing is indented).
/// </summary>
internal static class PlainTextParagraphs
{
    public static List<List<string>> Split(string text, string? languageTag)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var nonBlank = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var hasBlankSeparators = HasBlankLineBetweenText(lines);
        if (hasBlankSeparators)
        {
            return ByBlankLines(lines);
        }

        if (languageTag is "zh" or "ja" or "ko" || !nonBlank.Any(IsIndented))
        {
            return nonBlank.Select(l => new List<string> { l }).ToList();
        }

        var paragraphs = new List<List<string>>();
        foreach (var line in nonBlank)
        {
            if (paragraphs.Count == 0 || IsIndented(line))
            {
                paragraphs.Add([]);
            }

            paragraphs[^1].Add(line);
        }

        return paragraphs;
    }

    private static bool HasBlankLineBetweenText(string[] lines)
    {
        var seenText = false;
        var blankAfterText = false;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                blankAfterText |= seenText;
            }
            else if (blankAfterText)
            {
                return true;
            }
            else
            {
                seenText = true;
            }
        }

        return false;
    }

    private static List<List<string>> ByBlankLines(string[] lines)
    {
        var paragraphs = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                paragraphs.Add(current);
            }

            current.Add(line);
        }

        return paragraphs;
    }

    private static bool IsIndented(string line) => line.Length > 0 && line[0] is ' ' or '\t' or '\u3000';
}
