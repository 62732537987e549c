namespace Audiobook.Ingest.Epub;

/// <summary>The book's table of contents, landmarks and page list (the print edition's page breaks), whichever
/// navigation file they came from.</summary>
internal sealed record EpubNavigation(IReadOnlyList<EpubTocEntry> Toc, IReadOnlyList<EpubLandmark> Landmarks, IReadOnlyList<EpubTocEntry>? PageList = null)
{
    public static EpubNavigation Empty { get; } = new([], []);

    /// <summary>The page list's entries, each a page label and where the page starts (none when the book has no list).</summary>
    public IReadOnlyList<EpubTocEntry> Pages => PageList ?? [];
}
