using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;

namespace Audiobook.Rendering.Graph;

/// <summary>One chapter's work: its segments with their cache keys, its output file stem and the hash of all
/// inputs that shape its deliverables (segment keys, pauses, profile, tags). Equal hash = nothing to redo.</summary>
internal sealed record ChapterPlan(
    Chapter Chapter,
    int Number,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<string> CacheKeys,
    string FileStem,
    string Hash)
{
    public int BilledCharacters { get; init; }
}
