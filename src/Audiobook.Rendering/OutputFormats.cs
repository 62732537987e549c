namespace Audiobook.Rendering;

/// <summary>Deliverables to produce. Captions and the manifest are always written.</summary>
[Flags]
public enum OutputFormats
{
    None = 0,
    M4b = 1,
    Mp3 = 2,
}
