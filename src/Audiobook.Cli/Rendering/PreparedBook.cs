using Audiobook.Core.Books;
using Audiobook.Core.Lexicons;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;

namespace Audiobook.Cli.Rendering;

/// <summary>A book read from disk, with the global, per-book and command-line lexicons applied and its chapters segmented.</summary>
internal sealed record PreparedBook(Book Book, IReadOnlyList<ChapterSegments> Chapters)
{
    public static async Task<PreparedBook> LoadAsync(string path, string? lexiconPath, IngestOptions ingest, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"no such file: {path}");
        }

        var book = await BookReader.ReadAsync(path, ingest, cancellationToken).ConfigureAwait(false);
        var entries = new List<LexiconEntry>();
        foreach (var file in LexiconFiles(path, lexiconPath))
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            entries.AddRange(LexiconParser.Parse(text, file).Entries);
        }

        var chapters = new BookSegmenter(new SegmenterOptions()).Segment(book, new Lexicon(entries));
        return new PreparedBook(book, chapters);
    }

    /// <summary>config/lexicon.txt (global), <c>&lt;book&gt;.lexicon.txt</c> beside the book, then <c>--lexicon</c>.</summary>
    private static IEnumerable<string> LexiconFiles(string bookPath, string? explicitPath)
    {
        var global = ConfigFiles.Find("lexicon.txt");
        if (global is not null)
        {
            yield return global;
        }

        var beside = Path.ChangeExtension(bookPath, null) + ".lexicon.txt";
        if (File.Exists(beside))
        {
            yield return beside;
        }

        if (explicitPath is not null)
        {
            yield return File.Exists(explicitPath) ? explicitPath : throw new CliException($"no such lexicon file: {explicitPath}");
        }
    }
}
