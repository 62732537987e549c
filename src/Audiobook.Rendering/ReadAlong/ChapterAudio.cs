namespace Audiobook.Rendering.ReadAlong;

/// <summary>A chapter's audio entry in the edition and the clip of each of its segments (milliseconds).</summary>
internal sealed record ChapterAudio(int Number, string AudioPath, IReadOnlyList<(long BeginMs, long EndMs)> Clips);
