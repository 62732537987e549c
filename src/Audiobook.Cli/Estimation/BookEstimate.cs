using Audiobook.Core.Books;
using Audiobook.Core.Costs;
using Audiobook.Core.Segmentation;

namespace Audiobook.Cli.Estimation;

/// <summary>One book's chapters with their estimates, and the book's total.</summary>
internal sealed record BookEstimate(string Path, Book Book, IReadOnlyList<(ChapterSegments Chapter, CostEstimate Estimate)> Chapters, CostEstimate Total)
{
    public static BookEstimate Create(string path, Book book, IReadOnlyList<ChapterSegments> chapters, CostEstimator estimator) => new(
        path,
        book,
        chapters.Select(c => (c, estimator.Estimate(c.Segments))).ToList(),
        estimator.Estimate(chapters.SelectMany(c => c.Segments)));
}
