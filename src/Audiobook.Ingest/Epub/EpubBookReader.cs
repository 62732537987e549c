using System.Text;
using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Reads an EPUB 2 or 3 book into a <see cref="Book"/> with System.IO.Compression, XmlReader and AngleSharp, never
/// extracting to disk. Every broken, hostile or DRM-protected input ends in a <see cref="BookFormatException"/> whose
/// one-line message names the book and the problem. See docs/epub.md.
/// </summary>
internal static class EpubBookReader
{
    private const int MaxProblemLength = 300;

    /// <param name="stream">The .epub bytes; read, never written. Non-seekable streams are copied to memory (capped).</param>
    /// <param name="options">What to keep and the safety limits.</param>
    /// <param name="displayName">The file name, for messages.</param>
    public static Book Read(Stream stream, IngestOptions options, string displayName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(displayName);
        try
        {
            using var archive = EpubArchive.Open(stream, options);
            var fallbackTitle = Path.GetFileNameWithoutExtension(displayName);
            return new EpubBookBuilder(archive, options, fallbackTitle.Length > 0 ? fallbackTitle : displayName).Build();
        }
        catch (EpubFormatException ex)
        {
            throw BookFormatException.For(displayName, OneLine(ex.Message), ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or BookFormatException))
        {
            // Hostile input must never surface as a stack trace: anything unexpected still gets one clear line.
            throw BookFormatException.For(displayName, OneLine($"unreadable EPUB ({ex.GetType().Name}: {ex.Message})"), ex);
        }
    }

    private static string OneLine(string problem)
    {
        var line = new StringBuilder(Math.Min(problem.Length, MaxProblemLength + 1));
        foreach (var c in problem)
        {
            if (line.Length >= MaxProblemLength)
            {
                return line.Append('…').ToString();
            }

            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString();
    }
}
