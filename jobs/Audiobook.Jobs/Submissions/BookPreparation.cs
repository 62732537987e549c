using Audiobook.Core.Lexicons;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Jobs.Execution;

namespace Audiobook.Jobs.Submissions;

/// <summary>Reads a book from its bytes and segments it with the global lexicon, the book's shipped lexicon and the
/// publisher's own entries for it (applied last, so they win): exactly what every job of a render plans with.</summary>
public static class BookPreparation
{
    public static PreparedBook Prepare(byte[] bytes, string sourceName, string? lexiconText, Lexicon globalLexicon, IngestOptions ingest, SegmenterOptions segmenter)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var book = BookReader.Read(bytes, sourceName, ingest);
        if (!string.IsNullOrWhiteSpace(lexiconText))
        {
            var own = LexiconParser.Parse(lexiconText, "the book's lexicon").Entries;
            book = book with { Lexicon = new Lexicon([.. book.Lexicon?.Entries ?? [], .. own]) };
        }

        return new PreparedBook(book, new BookSegmenter(segmenter).Segment(book, globalLexicon));
    }

    /// <summary>The name a stored book is read under: the uploaded file's name (a plain-text book takes its title from
    /// it) with the extension of the format detected. Only the name part is kept: it is never used as a path.</summary>
    public static string ReaderName(string uploadedName, string extension)
    {
        ArgumentNullException.ThrowIfNull(uploadedName);
        var stem = Path.GetFileNameWithoutExtension(uploadedName.Replace('\\', '/').Split('/')[^1]);
        return (string.IsNullOrWhiteSpace(stem) ? "book" : stem) + extension;
    }

    /// <summary>The global lexicon file (docs/lexicon-format.md); a missing or unset path is no lexicon.</summary>
    public static async Task<Lexicon> LoadGlobalLexiconAsync(string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return Lexicon.Empty;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return LexiconParser.Parse(text, path);
    }
}
