using Audiobook.Core.Lexicons;

namespace Audiobook.Ingest.Epub;

/// <summary>Reads every EPUB 3 PLS lexicon in the manifest (<c>application/pls+xml</c>) into one <see cref="Lexicon"/>.</summary>
internal static class EpubLexiconReader
{
    private const string PlsMediaType = "application/pls+xml";

    public static Lexicon? Read(EpubPackage package, EpubArchive archive)
    {
        var entries = new List<LexiconEntry>();
        foreach (var item in package.Manifest.Where(i => i.MediaType == PlsMediaType && i.Path is not null))
        {
            var data = archive.TryRead(item.Path!);
            if (data is null)
            {
                continue;
            }

            try
            {
                using var stream = new MemoryStream(data, writable: false);
                entries.AddRange(PlsLexiconParser.Parse(stream, item.Path!).Entries);
            }
            catch (LexiconFormatException ex)
            {
                throw new EpubFormatException($"pronunciation lexicon {ex.Message}", ex);
            }
        }

        return entries.Count == 0 ? null : new Lexicon(entries);
    }
}
