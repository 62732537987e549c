using CoverImage = Audiobook.Core.Books.CoverImage;
using Audiobook.Core.Lexicons;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Jobs.Execution;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Audiobook.Jobs.Submissions;
using Audiobook.Rendering.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audiobook.Dashboard.Books;

/// <summary>The publisher's books as the pages and the API show them. Every query goes through the tenant-filtered
/// context, so another publisher's id is simply not found.</summary>
public sealed class BookService(
    AudiobookDbContext db,
    IOutputStore store,
    PreparedBooks prepared,
    PriceLookup prices,
    IOptions<ConfigFolderOptions> config,
    IOptions<IngestOptions> ingest,
    IOptions<SegmenterOptions> segmenter,
    TimeProvider timeProvider)
{
    public Task<List<Book>> ListAsync(CancellationToken cancellationToken) =>
        db.Books.AsNoTracking().OrderByDescending(b => b.CreatedAt).ToListAsync(cancellationToken);

    public Task<Book?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Books.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<BookEstimate> EstimateAsync(Book book, string model, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        var (found, _, price) = await prices.FindAsync(model, region, cancellationToken);
        var perTenThousand = price.PerTenThousandCharacters ?? 0m;
        var budget = await db.Publishers.Where(p => p.Id == book.PublisherId).Select(p => p.MonthlyBudgetCharacters).SingleAsync(cancellationToken);
        var used = await MonthlyUsage.CharactersAsync(db, book.PublisherId, timeProvider.GetUtcNow(), cancellationToken);
        return new BookEstimate(found.Name, price.Region, book.BilledCharacters, perTenThousand, price.Currency,
            RenderCost.Of(book.BilledCharacters, perTenThousand), book.EstimatedSeconds, budget, used, budget is { } b ? Math.Max(0, b - used) : null);
    }

    /// <summary>Deletes a book with its renders and their files. A book with an unfinished render is refused.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var book = await db.Books.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (book is null)
        {
            return false;
        }

        var renders = await db.Renders.Where(r => r.BookId == id).ToListAsync(cancellationToken);
        if (renders.Any(r => r.State is RenderState.Queued or RenderState.Scheduled or RenderState.Running))
        {
            throw new SubmissionException($"book {id} has an unfinished render: cancel it first");
        }

        db.Books.Remove(book); // its renders, their chapters and events go with it (cascade)
        await db.SaveChangesAsync(cancellationToken);
        foreach (var render in renders)
        {
            store.Delete(render.OutputKey);
        }

        store.Delete(book.SourceKey);
        return true;
    }

    public async Task<CoverImage?> CoverAsync(Book book, CancellationToken cancellationToken) =>
        book.HasCover ? (await prepared.GetAsync(book, cancellationToken)).Book.Cover : null;

    /// <summary>The first <paramref name="count"/> sentences of the first chapter that has speech (a voice preview's text).</summary>
    public async Task<string> OpeningAsync(Book book, int count, CancellationToken cancellationToken)
    {
        var chapters = (await prepared.GetAsync(book, cancellationToken)).Chapters;
        var first = chapters.First(c => c.Segments.Count > 0);
        return string.Join(" ", first.Segments.Take(count).Select(s => s.Text));
    }

    /// <summary>Saves the book's lexicon (refused with the parser's one line when it does not read) and tells which
    /// chapters' spoken text it changed, comparing the book segmented with the old and the new lexicon.</summary>
    public async Task<LexiconChange> SaveLexiconAsync(Guid id, string lexiconText, CancellationToken cancellationToken)
    {
        var book = await db.Books.SingleOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw SubmissionException.NotFound($"book {id}");
        var text = (lexiconText ?? "").ReplaceLineEndings("\n");
        PreparedBook after;
        var before = await prepared.GetAsync(book, cancellationToken);
        try
        {
            LexiconParser.Parse(text, "the book's lexicon");
            var bytes = await File.ReadAllBytesAsync(store.PathOf(book.SourceKey), cancellationToken);
            var global = await BookPreparation.LoadGlobalLexiconAsync(config.Value.Find("lexicon.txt"), cancellationToken);
            var name = BookPreparation.ReaderName(book.SourceFileName, Path.GetExtension(book.SourceKey));
            after = BookPreparation.Prepare(bytes, name, text, global, ingest.Value, segmenter.Value);
        }
        catch (LexiconFormatException ex)
        {
            throw new SubmissionException(ex.Message, ex);
        }

        var changed = Spoken(before).Zip(Spoken(after), (old, now) => (old.Number, Same: old.Texts.SequenceEqual(now.Texts, StringComparer.Ordinal)))
            .Where(c => !c.Same).Select(c => c.Number).ToList();
        if (text != book.LexiconText)
        {
            book.LexiconText = text;
            book.LexiconVersion++;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new LexiconChange(book.LexiconVersion, changed);
    }

    /// <summary>The chapters a render has (those with speech, numbered from 1 as the importer and the plan number them).</summary>
    private static IEnumerable<(int Number, IReadOnlyList<string> Texts)> Spoken(PreparedBook book) =>
        book.Chapters.Where(c => c.Segments.Count > 0).Select((c, i) => (i + 1, (IReadOnlyList<string>)c.Segments.Select(s => s.Text).ToList()));
}
