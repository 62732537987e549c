using Audiobook.Cli.Commands;
using Audiobook.Core.Books;
using Audiobook.Core.Lexicons;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Rendering.Configuration;

namespace Audiobook.Cli.Rendering;

/// <summary>A book read from disk, its chapters segmented with the global lexicon and the book's own applied.</summary>
internal sealed record PreparedBook(Book Book, IReadOnlyList<ChapterSegments> Chapters)
{
    /// <summary>Reads with the configured <see cref="IngestOptions"/> and segments with the configured <see cref="SegmenterOptions"/>.</summary>
    public static async Task<PreparedBook> LoadAsync(string path, string? lexiconPath, CliContext context, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"no such file: {path}");
        }

        var book = await BookReader.ReadAsync(path, context.Options<IngestOptions>(), cancellationToken).ConfigureAwait(false);
        var entries = new List<LexiconEntry>();
        foreach (var file in LexiconFiles(lexiconPath, context.Options<ConfigFolderOptions>()))
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            entries.AddRange(LexiconParser.Parse(text, file).Entries);
        }

        var chapters = new BookSegmenter(context.Options<SegmenterOptions>()).Segment(book, new Lexicon(entries));
        return new PreparedBook(book, chapters);
    }

    /// <summary>The global lexicon: <c>--lexicon FILE</c> when given, else <c>lexicon.txt</c> of the config folder. The per-book
    /// <c>&lt;book&gt;.lexicon.txt</c> and an EPUB's PLS come with the book itself (<see cref="Book.Lexicon"/>).</summary>
    private static IEnumerable<string> LexiconFiles(string? explicitPath, ConfigFolderOptions folder)
    {
        if (explicitPath is not null)
        {
            yield return File.Exists(explicitPath) ? explicitPath : throw new CliException($"no such lexicon file: {explicitPath}");
            yield break;
        }

        if (folder.Find("lexicon.txt") is { } global)
        {
            yield return global;
        }
    }
}
