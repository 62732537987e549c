using System.ComponentModel;

namespace Audiobook.Rendering;

/// <summary>Deliverables to produce. Captions and the manifest are always written. Read from text (<c>m4b,mp3,epub3</c>) by
/// <see cref="OutputFormatsConverter"/>, for configuration and the command line alike.</summary>
[Flags]
[TypeConverter(typeof(OutputFormatsConverter))]
public enum OutputFormats
{
    None = 0,
    M4b = 1,
    Mp3 = 2,

    /// <summary>A read-along EPUB 3: the book's text with a Media Overlay per content document, clips from the exact
    /// segment timings, the chapters' AAC inside (docs/readalong.md).</summary>
    Epub3 = 4,
}
