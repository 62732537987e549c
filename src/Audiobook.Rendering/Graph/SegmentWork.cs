using Audiobook.Core.Segmentation;

namespace Audiobook.Rendering.Graph;

/// <summary>A segment on its way through the graph, tagged with its chapter and place.</summary>
internal sealed record SegmentWork(ChapterPlan Chapter, int Index, Segment Segment, string CacheKey)
{
    public bool IsFirst => Index == 0;

    public bool IsLast => Index == Chapter.Segments.Count - 1;
}
