using Audiobook.Media.Captions;

namespace Audiobook.Rendering.Graph;

/// <summary>Splits a chapter longer than a retailer's file limit (ACX: 120 minutes) into parts, cutting in the
/// pause between two segments closest before the limit, never inside speech.</summary>
internal static class FilePartPlanner
{
    public static IReadOnlyList<(TimeSpan Start, TimeSpan End)> Split(IReadOnlyList<CaptionCue> cues, TimeSpan total, TimeSpan? maximum)
    {
        if (maximum is not { } max || total <= max || cues.Count < 2)
        {
            return [(TimeSpan.Zero, total)];
        }

        var parts = new List<(TimeSpan, TimeSpan)>();
        var partStart = TimeSpan.Zero;
        for (var i = 1; i < cues.Count; i++)
        {
            // Cut before cue i when it would end past the limit; the cut sits in the middle of the pause before it.
            if (cues[i].End - partStart > max && cues[i].Start > partStart)
            {
                var cut = cues[i - 1].End + ((cues[i].Start - cues[i - 1].End) / 2);
                parts.Add((partStart, cut));
                partStart = cut;
            }
        }

        parts.Add((partStart, total));
        return parts;
    }
}
