using System.Globalization;
using System.Security.Cryptography;
using Audiobook.Core.Costs;
using Audiobook.Ingest;
using Audiobook.Core.Segmentation;
using Audiobook.Rendering.Configuration;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Submissions;

/// <summary>Takes an uploaded book: reads it in memory under a size cap (a hostile, broken or DRM book is refused with
/// the reader's one-line reason and nothing is stored), keeps the source in the output store, and records its summary
/// (metadata, chapters with characters and estimated duration) for the book page and the cost estimate.</summary>
public sealed class BookImporter(
    AudiobookDbContext db,
    IOutputStore store,
    IOptions<UploadOptions> uploads,
    IOptions<ConfigFolderOptions> config,
    IOptions<IngestOptions> ingest,
    IOptions<SegmenterOptions> segmenter,
    TimeProvider timeProvider)
{
    public async Task<Book> ImportAsync(Guid publisherId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadCappedAsync(content, uploads.Value.MaxBytes, fileName, cancellationToken).ConfigureAwait(false);
        // A file named .epub is read as an EPUB even when it is no zip, so the reader refuses it with its reason
        // ("not a zip archive") instead of the text reader taking its bytes for prose.
        var named = Path.GetExtension(fileName).ToLowerInvariant();
        var extension = bytes.AsSpan().StartsWith("PK\x03\x04"u8) || named == ".epub" ? ".epub"
            : named is ".md" or ".markdown" ? ".md"
            : ".txt";
        var format = extension switch { ".epub" => "epub", ".md" => "markdown", _ => "text" };
        var global = await BookPreparation.LoadGlobalLexiconAsync(config.Value.Find("lexicon.txt"), cancellationToken).ConfigureAwait(false);
        Execution.PreparedBook prepared;
        try
        {
            prepared = BookPreparation.Prepare(bytes, BookPreparation.ReaderName(fileName, extension), null, global, ingest.Value with { MaxArchiveBytes = Math.Min(ingest.Value.MaxArchiveBytes, uploads.Value.MaxBytes) }, segmenter.Value);
        }
        catch (BookFormatException ex)
        {
            throw new SubmissionException(ex.Message, ex);
        }

        var chapters = prepared.Chapters.Where(c => c.Segments.Count > 0).Select((c, i) =>
        {
            var characters = c.Segments.Sum(s => (long)s.Text.Length);
            var billed = c.Segments.Sum(s => (long)BillingCounter.Count(s.Text));
            var seconds = c.Segments.Sum(s => SpeechRateModel.Default.Seconds(s.Text));
            return new BookChapterSummary(i + 1, c.Chapter.Title, c.Segments.Count, characters, billed, Math.Round(seconds, 1));
        }).ToList();
        if (chapters.Count == 0)
        {
            throw new SubmissionException($"{Path.GetFileName(fileName)}: the book has no text to read aloud");
        }

        var id = Guid.CreateVersion7(timeProvider.GetUtcNow());
        var key = StorageKeys.BookSource(id, extension);
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            await store.SaveAsync(key, stream, cancellationToken).ConfigureAwait(false);
        }

        var metadata = prepared.Book.Metadata;
        var book = new Book
        {
            Id = id,
            PublisherId = publisherId,
            Title = metadata.Title,
            Authors = string.Join(", ", metadata.Authors),
            Language = metadata.Language ?? "",
            Format = format,
            SourceFileName = Path.GetFileName(fileName),
            SourceKey = key,
            SourceSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes = bytes.Length,
            HasCover = prepared.Book.Cover is not null,
            Chapters = chapters,
            Characters = chapters.Sum(c => c.Characters),
            BilledCharacters = chapters.Sum(c => c.BilledCharacters),
            EstimatedSeconds = chapters.Sum(c => c.EstimatedSeconds),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.Books.Add(book);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return book;
    }

    private static async Task<byte[]> ReadCappedAsync(Stream content, long maxBytes, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new SubmissionException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(fileName)}: larger than the upload limit of {maxBytes / (1024 * 1024)} MB"));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new SubmissionException($"{Path.GetFileName(fileName)}: the file is empty");
        }

        return buffer.ToArray();
    }
}
