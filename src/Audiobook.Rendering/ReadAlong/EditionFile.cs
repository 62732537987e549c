namespace Audiobook.Rendering.ReadAlong;

/// <summary>One file of the read-along EPUB and its manifest entry.</summary>
/// <param name="Id">The manifest id.</param>
/// <param name="Path">The entry name in the archive.</param>
/// <param name="MediaType">The manifest media type.</param>
/// <param name="Content">The bytes, or null when <see cref="SourceFile"/> is copied instead (audio).</param>
/// <param name="SourceFile">A file on disk copied into the archive as it is.</param>
internal sealed record EditionFile(string Id, string Path, string MediaType, byte[]? Content, string? SourceFile = null)
{
    /// <summary>Manifest properties (<c>nav</c>, <c>cover-image</c>, <c>svg</c>, …).</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];

    /// <summary>The manifest id of this content document's Media Overlay, when it has one.</summary>
    public string? OverlayId { get; init; }

    /// <summary>The manifest fallback, for a spine item that is not XHTML.</summary>
    public string? FallbackId { get; init; }
}
