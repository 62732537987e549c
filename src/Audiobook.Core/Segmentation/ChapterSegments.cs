using Audiobook.Core.Books;
using Audiobook.Core.Costs;

namespace Audiobook.Core.Segmentation;

/// <summary>A chapter and the segments it is spoken in.</summary>
/// <param name="Chapter">The chapter as read from the book.</param>
/// <param name="Segments">Its segments in reading order (<see cref="Segment.Position"/> 0, 1, 2, …).</param>
public sealed record ChapterSegments(Chapter Chapter, IReadOnlyList<Segment> Segments)
{
    /// <summary>Characters billed for the chapter (<see cref="BillingCounter"/> over every segment's text).</summary>
    public int BilledCharacters => Segments.Sum(s => BillingCounter.Count(s.Text));

    /// <summary>UTF-16 characters of segment text.</summary>
    public int Characters => Segments.Sum(s => s.Text.Length);
}
