using Audiobook.Jobs.State;

namespace Audiobook.Jobs.Queries;

/// <summary>One render with its chapters in order and its latest events in the order they happened (the page of a
/// render in the dashboard, <c>audiobook status &lt;render&gt;</c>).</summary>
public sealed record RenderDetail(RenderSummary Summary, IReadOnlyList<RenderChapter> Chapters, IReadOnlyList<RenderEvent> RecentEvents)
{
    public Render Render => Summary.Render;
}
