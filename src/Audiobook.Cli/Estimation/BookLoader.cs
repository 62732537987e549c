using Audiobook.Cli.Commands;
using Audiobook.Cli.Rendering;
using Audiobook.Core.Lexicons;
using Audiobook.Ingest;

namespace Audiobook.Cli.Estimation;

/// <summary>Reads and segments a book exactly as <c>render</c> does, so the estimate counts what would be sent.</summary>
internal static class BookLoader
{
    public static async Task<PreparedBook> LoadAsync(string path, string? lexiconPath, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await PreparedBook.LoadAsync(path, lexiconPath, context, cancellationToken).ConfigureAwait(false);
        }
        catch (LexiconFormatException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"no such file: {path}");
        }
    }

    /// <summary>The book files in <paramref name="folder"/> and below, by name; lexicon files and READMEs are not books.</summary>
    public static IReadOnlyList<string> FindBooks(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => BookReader.BookExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !f.EndsWith(".lexicon.txt", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
