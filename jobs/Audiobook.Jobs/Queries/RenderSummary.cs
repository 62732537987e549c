using Audiobook.Jobs.State;

namespace Audiobook.Jobs.Queries;

/// <summary>A render as a list shows it: the render row with its publisher, its book and its progress counted from
/// the chapter rows (what <c>audiobook status</c> and the dashboard's render list print).</summary>
/// <param name="Render">The render row (read-only).</param>
/// <param name="PublisherSlug">The publisher's slug.</param>
/// <param name="BookTitle">The book's title.</param>
/// <param name="ChaptersDone">Chapters that succeeded.</param>
/// <param name="ChaptersTotal">Chapters planned (0 until the plan job ran).</param>
/// <param name="SegmentsDone">Segments synthesized or taken from the cache, over every chapter.</param>
/// <param name="SegmentsTotal">Segments of every planned chapter.</param>
public sealed record RenderSummary(Render Render, string PublisherSlug, string BookTitle, int ChaptersDone, int ChaptersTotal, int SegmentsDone, int SegmentsTotal)
{
    /// <summary>What the characters billed so far cost (cache hits cost nothing).</summary>
    public decimal Cost => RenderCost.Of(Render.BilledCharacters, Render.PricePerTenThousand);

    /// <summary>What the render costs if nothing comes from the cache (what budgets are checked against).</summary>
    public decimal EstimatedCost => RenderCost.Of(Render.EstimatedBilledCharacters, Render.PricePerTenThousand);

    /// <summary>True once the render succeeded, failed or was cancelled (a re-render makes it unfinished again).</summary>
    public bool IsFinished => Render.State is RenderState.Succeeded or RenderState.Failed or RenderState.Cancelled;
}
