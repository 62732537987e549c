namespace Audiobook.Rendering.Delivery;

/// <summary><c>manifest.json</c>: what was rendered, how, and how it measures.</summary>
public sealed record RenderManifest
{
    public required ManifestBook Book { get; init; }
    public required ManifestSettings Settings { get; init; }
    public required IReadOnlyList<ManifestChapter> Chapters { get; init; }
    public required ManifestTotals Totals { get; init; }
    public string? M4bFile { get; init; }
    /// <summary>The read-along EPUB 3 (<c>--format epub3</c>), beside the M4B.</summary>
    public string? EpubFile { get; init; }
    public IReadOnlyList<SuspiciousSegmentEntry> Suspicious { get; init; } = [];
}
