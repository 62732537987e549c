using System.ComponentModel;

namespace Audiobook.Rendering;

/// <summary>Deliverables to produce. Captions and the manifest are always written. Read from text (<c>m4b,mp3</c>) by
/// <see cref="OutputFormatsConverter"/>, for configuration and the command line alike.</summary>
[Flags]
[TypeConverter(typeof(OutputFormatsConverter))]
public enum OutputFormats
{
    None = 0,
    M4b = 1,
    Mp3 = 2,
}
