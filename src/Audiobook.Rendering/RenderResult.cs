using Audiobook.Rendering.Delivery;

namespace Audiobook.Rendering;

/// <summary>The outcome of a render: the manifest as written, and what this run actually did (<see cref="Retries"/>: transient
/// TTS failures retried).</summary>
public sealed record RenderResult(
    RenderManifest Manifest,
    string ManifestPath,
    string? M4bPath,
    int ChaptersRendered,
    int ChaptersUpToDate,
    int SegmentsSynthesized,
    int SegmentsFromCache,
    long BilledCharacters,
    int Retries,
    string? Warning)
{
    /// <summary>The read-along EPUB, when one was asked for and assembled.</summary>
    public string? EpubPath { get; init; }
}
