using Audiobook.Core.Books;
using Audiobook.Core.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Audiobook.Ingest.Markdown;

/// <summary>
/// Reads a Markdown book (engineering notes §4): YAML front matter is the metadata; with exactly one H1 that heading is
/// the book title and the H2s are chapters, otherwise the H1s are chapters (or the highest heading level present).
/// A lone H1 with no other headings is both the title and the heading of the book's one chapter. Text before the first
/// chapter heading is front matter; a book without any heading is one chapter.
/// </summary>
internal static class MarkdownBookReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCjkFriendlyEmphasis()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static Book Read(string markdown, string source, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var frontMatterBlock = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        var frontMatter = frontMatterBlock is null ? FrontMatter.Empty : FrontMatter.Parse(frontMatterBlock.Lines.ToString(), source);

        var headings = document.OfType<HeadingBlock>().ToList();
        var h1s = headings.Where(h => h.Level == 1).ToList();
        var titleHeading = h1s.Count == 1 ? h1s[0] : null;
        var chapterHeadings = headings.Where(h => h != titleHeading).ToList();
        int? chapterLevel = chapterHeadings.Count > 0 ? chapterHeadings.Min(h => h.Level)
            : titleHeading is not null ? 1 // a lone H1 over the text: the title is also the one chapter's heading
            : null;

        var title = frontMatter.Title
            ?? (titleHeading is null ? null : TextNormalizer.Normalize(MarkdownInlineText.Of(titleHeading)))
            ?? Path.GetFileNameWithoutExtension(source);

        var chapters = new ChapterListBuilder();
        List<TextBlock>? current = null;
        foreach (var block in document)
        {
            if (block == titleHeading && chapterLevel != 1)
            {
                continue;
            }

            if (block is HeadingBlock heading && heading.Level == chapterLevel)
            {
                var chapterTitle = TextNormalizer.Normalize(MarkdownInlineText.Of(heading));
                current = chapters.Start(chapterTitle, ChapterKinds.Classify(chapterTitle));
                current.Add(new TextBlock(BlockKind.Heading, chapterTitle));
                continue;
            }

            // Text before the first chapter heading: the book's only chapter, or front matter before the chapters.
            current ??= chapters.Start(title, chapterLevel is null ? ChapterKind.Body : ChapterKind.FrontMatter);
            MarkdownBlockText.Append(block, current, options);
        }

        var metadata = new BookMetadata
        {
            Title = title,
            Authors = frontMatter.Authors,
            Language = frontMatter.Language ?? LanguageDetector.GuessTag(markdown),
            Voice = frontMatter.Voice,
            Publisher = frontMatter.Publisher,
            Date = frontMatter.Date,
            Description = frontMatter.Description,
            Identifier = frontMatter.Identifier,
        };
        return new Book(metadata, chapters.Build(options));
    }
}
