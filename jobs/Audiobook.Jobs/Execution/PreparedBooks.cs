using System.Collections.Concurrent;
using Audiobook.Ingest;
using Audiobook.Core.Segmentation;
using Audiobook.Rendering.Configuration;
using Audiobook.Jobs.Storage;
using Audiobook.Jobs.Submissions;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Execution;

/// <summary>Reads and segments stored books for the jobs, keeping the last few in memory: every chapter job of a render
/// plans with the whole book, and parsing a long EPUB for each of its chapters would cost more than the job machinery.</summary>
public sealed class PreparedBooks(IOutputStore store, IOptions<ConfigFolderOptions> config, IOptions<IngestOptions> ingest, IOptions<SegmenterOptions> segmenter)
{
    private const int Capacity = 8;
    private readonly ConcurrentDictionary<(Guid Book, int Lexicon), Lazy<Task<PreparedBook>>> _books = new();
    private readonly ConcurrentQueue<(Guid, int)> _order = new();

    public Task<PreparedBook> GetAsync(State.Book book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        var key = (book.Id, book.LexiconVersion);
        var lazy = _books.GetOrAdd(key, _ =>
        {
            _order.Enqueue(key);
            return new Lazy<Task<PreparedBook>>(() => LoadAsync(book, CancellationToken.None));
        });
        while (_books.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _books.TryRemove(oldest, out _);
        }

        var task = lazy.Value;
        if (task.IsFaulted)
        {
            // A failed read is not kept: the next job reads the book again.
            _books.TryRemove(key, out _);
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<PreparedBook> LoadAsync(State.Book stored, CancellationToken cancellationToken)
    {
        var path = store.PathOf(stored.SourceKey);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var global = await BookPreparation.LoadGlobalLexiconAsync(config.Value.Find("lexicon.txt"), cancellationToken).ConfigureAwait(false);
        var name = BookPreparation.ReaderName(stored.SourceFileName, Path.GetExtension(path));
        return BookPreparation.Prepare(bytes, name, stored.LexiconText, global, ingest.Value, segmenter.Value);
    }
}
