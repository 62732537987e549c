namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// Pairs each spoken segment's text element with its clip, grouped by content document in reading order (one Media
/// Overlay per document). A segment whose text could not be marked (it has no place in the source, say the alt
/// text of an image) adds its time to the clip before it, or to the first one after it at a chapter's start, so the
/// chapter's audio still plays through without a jump.
/// </summary>
internal static class OverlayPlanner
{
    public static Dictionary<string, List<OverlayPar>> Plan(IEnumerable<ChapterAudio> chapters, Func<int, int, SegmentTarget?> targetOf)
    {
        var overlays = new Dictionary<string, List<OverlayPar>>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            var pars = new List<OverlayPar>();
            long? unplacedSince = null;
            for (var i = 0; i < chapter.Clips.Count; i++)
            {
                var (begin, end) = chapter.Clips[i];
                if (targetOf(chapter.Number, i) is not { } target)
                {
                    if (pars.Count > 0)
                    {
                        pars[^1] = pars[^1] with { EndMs = end };
                    }
                    else
                    {
                        unplacedSince ??= begin;
                    }

                    continue;
                }

                pars.Add(new OverlayPar(target.DocumentPath, target.Id, chapter.AudioPath, unplacedSince ?? begin, end));
                unplacedSince = null;
            }

            foreach (var par in pars)
            {
                if (!overlays.TryGetValue(par.TextPath, out var list))
                {
                    overlays[par.TextPath] = list = [];
                }

                list.Add(par);
            }
        }

        return overlays;
    }
}
