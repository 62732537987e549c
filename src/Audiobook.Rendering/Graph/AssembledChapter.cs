using Audiobook.Media.Captions;
using Audiobook.Media.Loudness;

namespace Audiobook.Rendering.Graph;

/// <summary>A chapter's PCM, complete on disk, with its loudness measured while it was written.</summary>
internal sealed record AssembledChapter(
    ChapterPlan Plan,
    string PcmPath,
    LoudnessReport Loudness,
    IReadOnlyList<CaptionCue> Cues,
    IReadOnlyList<SuspiciousSegment> Suspicious,
    int BilledCharacters);
