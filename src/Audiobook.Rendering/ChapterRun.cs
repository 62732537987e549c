using Audiobook.Rendering.Delivery;
using Audiobook.Rendering.Graph;
using Audiobook.Rendering.Progress;

namespace Audiobook.Rendering;

/// <summary>What <see cref="BookRenderer.RenderChaptersAsync"/> did: the state of every chapter that is now rendered
/// (this run's and those already up to date), the book's chapter count, and this run's counters.</summary>
public sealed record ChapterRun(
    IReadOnlyList<ChapterState> Chapters,
    int ChapterCount,
    int ChaptersRendered,
    int ChaptersUpToDate,
    RenderProgress Progress)
{
    /// <summary>The plans the run was made from, so the book is assembled from the same plans without planning again.</summary>
    internal IReadOnlyList<ChapterPlan> Plans { get; init; } = [];
}
