using Audiobook.Core.Books;
using Audiobook.Core.Lexicons;
using Audiobook.Ingest.Epub;
using Audiobook.Ingest.Markdown;
using Audiobook.Ingest.PlainText;
using Audiobook.Ingest.Text;

namespace Audiobook.Ingest;

/// <summary>
/// Reads a book file of any supported kind: EPUB (a zip archive, by content), Markdown (<c>.md</c>, <c>.markdown</c>)
/// or plain text (anything else that decodes as text). A <c>&lt;book&gt;.lexicon.txt</c> beside the file is added to
/// the book's own lexicon.
/// </summary>
public static class BookReader
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The file extensions <see cref="ReadAsync"/> recognizes as books when it scans a folder.</summary>
    public static IReadOnlyList<string> BookExtensions { get; } = [".epub", ".md", ".markdown", ".txt"];

    /// <summary>Reads the book at <paramref name="path"/>.</summary>
    /// <exception cref="BookFormatException">The file is not a book we can read; the message names the file and the bad part.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static async Task<Book> ReadAsync(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        if (info.Length > options.MaxArchiveBytes)
        {
            throw BookFormatException.For(path, $"is {info.Length:N0} bytes, more than the limit of {options.MaxArchiveBytes:N0}");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var book = Read(bytes, path, options);
        return await AddSideLexiconAsync(book, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a book from its bytes; <paramref name="source"/> (a file name) picks the format and appears in errors.</summary>
    public static Book Read(byte[] bytes, string source, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith(ZipMagic))
        {
            return ReadEpub(bytes, source, options);
        }

        if (extension == ".epub")
        {
            throw BookFormatException.For(source, "is not a zip archive, so not an EPUB");
        }

        if (bytes.Length == 0)
        {
            throw BookFormatException.For(source, "is empty");
        }

        var text = TextDecoder.Decode(bytes, source);
        var book = extension is ".md" or ".markdown" or ".mdown" or ".mkd"
            ? MarkdownBookReader.Read(text, source, options)
            : PlainTextBookReader.Read(text, source, options);
        if (book.Chapters.Count == 0)
        {
            throw BookFormatException.For(source, "has no text to read");
        }

        return book;
    }

    /// <summary>The per-book lexicon path for <paramref name="bookPath"/>: <c>dir/name.lexicon.txt</c> for <c>dir/name.ext</c>.</summary>
    public static string SideLexiconPath(string bookPath)
    {
        ArgumentNullException.ThrowIfNull(bookPath);
        return Path.Combine(Path.GetDirectoryName(bookPath) ?? string.Empty, Path.GetFileNameWithoutExtension(bookPath) + ".lexicon.txt");
    }

    private static Book ReadEpub(byte[] bytes, string source, IngestOptions options)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return EpubBookReader.Read(stream, options, source) with { SourceArchive = bytes };
    }

    private static async Task<Book> AddSideLexiconAsync(Book book, string path, CancellationToken cancellationToken)
    {
        var lexiconPath = SideLexiconPath(path);
        if (!File.Exists(lexiconPath))
        {
            return book;
        }

        var text = await File.ReadAllTextAsync(lexiconPath, cancellationToken).ConfigureAwait(false);
        Lexicon side;
        try
        {
            side = LexiconParser.Parse(text, lexiconPath);
        }
        catch (LexiconFormatException ex)
        {
            throw new BookFormatException(ex.Message, ex);
        }

        var entries = (book.Lexicon?.Entries ?? []).Concat(side.Entries).ToList();
        return book with { Lexicon = new Lexicon(entries) };
    }
}
