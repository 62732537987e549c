using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;

namespace Audiobook.Ingest.Tests;

/// <summary>The reviewed shape of a golden file: metadata, then each chapter with its segments.</summary>
internal sealed record GoldenBook(BookMetadata Metadata, bool HasCover, int LexiconEntries, IReadOnlyList<GoldenChapter> Chapters)
{
    public static GoldenBook From(Book book, IReadOnlyList<ChapterSegments> chapters) => new(
        book.Metadata,
        book.Cover is not null,
        book.Lexicon?.Entries.Count ?? 0,
        chapters.Select(c => new GoldenChapter(
            c.Chapter.Index,
            c.Chapter.Title,
            c.Chapter.Kind,
            c.BilledCharacters,
            c.Segments.Select(s => new GoldenSegment(s.ParagraphIndex, s.Text, s.LanguageType, s.PauseAfter, s.IsHeading ? true : null)).ToList()))
            .ToList());
}

internal sealed record GoldenChapter(int Index, string Title, ChapterKind Kind, int BilledCharacters, IReadOnlyList<GoldenSegment> Segments);

internal sealed record GoldenSegment(int Paragraph, string Text, string Language, PauseKind Pause, bool? Heading);
