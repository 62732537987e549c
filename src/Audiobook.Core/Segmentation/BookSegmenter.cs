using Audiobook.Core.Books;
using Audiobook.Core.Lexicons;
using Audiobook.Core.Text;

namespace Audiobook.Core.Segmentation;

/// <summary>
/// Cuts a book into segments: each block is cleaned (<see cref="TextNormalizer"/>), the lexicons are applied (global,
/// then the book's), and the text is split into sentences packed up to the segment limit. Headings get their own
/// segments. Pauses: the last segment of a heading gets <see cref="PauseKind.Heading"/>, of a paragraph
/// <see cref="PauseKind.Paragraph"/>, before a scene break <see cref="PauseKind.SceneBreak"/>, of the chapter
/// <see cref="PauseKind.ChapterEnd"/>; inside a paragraph <see cref="PauseKind.Sentence"/> or, after a cut inside a
/// long sentence, <see cref="PauseKind.Clause"/>. See docs/ingest.md.
/// </summary>
public sealed class BookSegmenter
{
    private readonly SegmenterOptions _options;

    /// <summary>Creates a segmenter; <paramref name="options"/> are validated here.</summary>
    public BookSegmenter(SegmenterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Segments every chapter of <paramref name="book"/>. <paramref name="globalLexicon"/> applies first, then <see cref="Book.Lexicon"/>.</summary>
    public IReadOnlyList<ChapterSegments> Segment(Book book, Lexicon? globalLexicon = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var applier = new LexiconApplier(globalLexicon, book.Lexicon);
        return book.Chapters.Select(c => SegmentChapter(c, book.Metadata.Language, applier)).ToList();
    }

    /// <summary>Segments one chapter; <paramref name="bookLanguage"/> applies to blocks that carry no language of their own.</summary>
    public ChapterSegments SegmentChapter(Chapter chapter, string? bookLanguage, LexiconApplier lexicon)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        ArgumentNullException.ThrowIfNull(lexicon);
        var segments = new List<Segment>();
        for (var blockIndex = 0; blockIndex < chapter.Blocks.Count; blockIndex++)
        {
            var block = chapter.Blocks[blockIndex];
            if (block.Kind == BlockKind.SceneBreak)
            {
                if (segments.Count > 0)
                {
                    segments[^1] = segments[^1] with { PauseAfter = PauseKind.SceneBreak };
                }

                continue;
            }

            var languageTag = block.Language ?? bookLanguage;
            var text = TextNormalizer.Normalize(lexicon.Apply(TextNormalizer.Normalize(block.Text), languageTag));
            if (text.Length == 0)
            {
                continue;
            }

            var isHeading = block.Kind == BlockKind.Heading;
            var toBlock = SpokenToBlock(block.Text, text, languageTag, lexicon);
            var chunks = TextChunker.Chunk(text, languageTag, _options);
            for (var i = 0; i < chunks.Count; i++)
            {
                var chunk = chunks[i];
                var pause = i < chunks.Count - 1
                    ? chunk.EndsSentence ? PauseKind.Sentence : PauseKind.Clause
                    : isHeading ? PauseKind.Heading : PauseKind.Paragraph;
                segments.Add(new Segment(
                    chapter.Index,
                    blockIndex,
                    segments.Count,
                    chunk.Text,
                    chunk.LanguageType,
                    pause,
                    ContentKey.For(chunk.LanguageType, chunk.Text),
                    isHeading)
                {
                    BlockSpan = toBlock.Map(chunk.Span),
                });
            }
        }

        if (segments.Count > 0)
        {
            segments[^1] = segments[^1] with { PauseAfter = PauseKind.ChapterEnd };
        }

        return new ChapterSegments(chapter, segments);
    }

    // Maps the spoken text back to the block's text. The spoken text itself is always the string-only result above
    // (so segments and cache keys never depend on this); the map repeats the same steps with MappedText and is used
    // only if it arrives at the same text, else the whole block stands for every segment.
    private static SourceMap SpokenToBlock(string blockText, string spoken, string? languageTag, LexiconApplier lexicon)
    {
        if (ReferenceEquals(spoken, blockText) || spoken == blockText)
        {
            return SourceMap.Identity(spoken.Length);
        }

        var mapped = lexicon.Apply(MappedText.Identity(blockText).Normalize(), languageTag).Normalize();
        if (mapped.ToString() == spoken)
        {
            return mapped.ToSourceMap();
        }

        return MappedText.Identity(blockText).Replace([new TextSpan(0, blockText.Length)], spoken).ToSourceMap();
    }
}
