using Audiobook.Core.Books;
using Audiobook.Core.Text;
using Audiobook.Ingest.Text;

namespace Audiobook.Ingest.PlainText;

/// <summary>
/// Reads a plain-text book: the first line is the title when it looks like one (else the file name); chapters start at
/// heading lines (<see cref="HeadingPatterns"/>), or the whole text is one chapter; paragraphs are separated by blank
/// lines, or by line breaks in CJK text that has no blank lines; a line of ornaments is a scene break.
/// </summary>
internal static class PlainTextBookReader
{
    private const int MaxTitleLength = 100;

    public static Book Read(string text, string source, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var language = LanguageDetector.GuessTag(text);
        var paragraphs = PlainTextParagraphs.Split(text, language);

        string? title = null;
        if (paragraphs.Count > 0 && paragraphs[0][0] is var first && LooksLikeTitle(first))
        {
            title = TextNormalizer.Normalize(first);
            paragraphs[0].RemoveAt(0);
        }

        title ??= Path.GetFileNameWithoutExtension(source);
        var chapters = new ChapterListBuilder();
        var hasHeadings = paragraphs.Any(p => p.Count > 0 && HeadingPatterns.IsHeading(p[0].Trim()));
        List<TextBlock>? current = null;
        foreach (var lines in paragraphs.Where(p => p.Count > 0))
        {
            var firstLine = lines[0].Trim();
            if (HeadingPatterns.IsHeading(firstLine))
            {
                var (heading, rest) = SplitHeading(lines);
                current = chapters.Start(heading, ChapterKinds.Classify(heading));
                current.Add(new TextBlock(BlockKind.Heading, heading));
                if (rest.Count > 0)
                {
                    AddParagraph(current, rest, options);
                }

                continue;
            }

            current ??= chapters.Start(title, hasHeadings ? ChapterKind.FrontMatter : ChapterKind.Body);
            if (lines.Count == 1 && SceneBreaks.IsSceneBreak(firstLine))
            {
                current.Add(new TextBlock(BlockKind.SceneBreak, string.Empty));
                continue;
            }

            AddParagraph(current, lines, options);
        }

        var metadata = new BookMetadata { Title = title, Language = language };
        return new Book(metadata, chapters.Build(options));
    }

    // "Chapter 3" + "The Storm" on the next line of a two-line block is one title; otherwise the heading is the first line.
    private static (string Heading, List<string> Remainder) SplitHeading(List<string> lines)
    {
        var heading = TextNormalizer.Normalize(lines[0]);
        if (lines.Count == 2 && LooksLikeTitle(lines[1]) && lines[1].Trim().Length <= 60)
        {
            var subtitle = TextNormalizer.Normalize(lines[1]);
            var separator = heading[^1] is '.' or ':' or '：' or '。' ? " " : ": ";
            return (heading + separator + subtitle, []);
        }

        return (heading, lines.Skip(1).ToList());
    }

    private static bool LooksLikeTitle(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= MaxTitleLength
            && !HeadingPatterns.IsHeading(trimmed)
            && !SceneBreaks.IsSceneBreak(trimmed)
            && trimmed[^1] is not ('.' or ',' or ';' or '。' or '，' or '；' or '!' or '?' or '！' or '？' or '"' or '”' or '」');
    }

    private static void AddParagraph(List<TextBlock> blocks, List<string> lines, IngestOptions options)
    {
        foreach (var piece in ParagraphLimiter.Split(TextNormalizer.Normalize(LineJoiner.Join(lines)), options.MaxParagraphChars))
        {
            blocks.Add(new TextBlock(BlockKind.Paragraph, piece));
        }
    }
}
