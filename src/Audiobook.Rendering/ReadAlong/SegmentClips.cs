using Audiobook.Media.Captions;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// The clip of each segment in its chapter's audio, from the caption cues of the same render (the running position
/// of the chapter writer, exact to the sample). A clip begins where its cue begins and runs to where the next cue
/// begins, so the pause after a sentence plays with it: consecutive clips meet and a reading system never seeks past
/// the silence between sentences. The last clip runs to the end of the chapter. A clip boundary therefore always
/// sits in a pause, never inside another segment's speech.
/// </summary>
internal static class SegmentClips
{
    public static IReadOnlyList<(long BeginMs, long EndMs)> For(IReadOnlyList<CaptionCue> cues, long chapterMs)
    {
        var clips = new List<(long, long)>(cues.Count);
        for (var i = 0; i < cues.Count; i++)
        {
            var begin = SmilClock.Milliseconds(cues[i].Start);
            var end = i + 1 < cues.Count ? SmilClock.Milliseconds(cues[i + 1].Start) : Math.Max(chapterMs, SmilClock.Milliseconds(cues[i].End));
            clips.Add((begin, end));
        }

        return clips;
    }
}
