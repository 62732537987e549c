namespace Audiobook.Rendering.ReadAlong;

/// <summary>What the package document says about the edition besides its files: the source's metadata, the narrator,
/// when it was made, and how long each Media Overlay plays (milliseconds, by manifest id).</summary>
internal sealed record PackageMetadata(
    Core.Books.BookMetadata Book,
    string Narrator,
    DateTimeOffset Modified,
    IReadOnlyDictionary<string, long> OverlayDurations);
