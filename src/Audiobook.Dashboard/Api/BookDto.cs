using Audiobook.Jobs.State;

namespace Audiobook.Dashboard.Api;

/// <summary>A book: metadata and chapters (<c>GET /api/v1/books/{id}</c>).</summary>
public sealed record BookDto(
    Guid Id,
    string Title,
    string Authors,
    string Language,
    string Format,
    string FileName,
    long SizeBytes,
    bool HasCover,
    long Characters,
    long BilledCharacters,
    double EstimatedSeconds,
    int LexiconVersion,
    DateTimeOffset CreatedAt,
    IReadOnlyList<BookChapterDto> Chapters)
{
    public static BookDto Of(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return new BookDto(book.Id, book.Title, book.Authors, book.Language, book.Format, book.SourceFileName, book.SizeBytes, book.HasCover,
            book.Characters, book.BilledCharacters, book.EstimatedSeconds, book.LexiconVersion, book.CreatedAt,
            [.. book.Chapters.Select(c => new BookChapterDto(c.Number, c.Title, c.Characters, c.BilledCharacters, c.Segments, c.EstimatedSeconds))]);
    }
}
