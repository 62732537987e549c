namespace Audiobook.Ingest.Epub;

/// <summary>The book's table of contents and landmarks, whichever navigation file they came from.</summary>
internal sealed record EpubNavigation(IReadOnlyList<EpubTocEntry> Toc, IReadOnlyList<EpubLandmark> Landmarks)
{
    public static EpubNavigation Empty { get; } = new([], []);
}
