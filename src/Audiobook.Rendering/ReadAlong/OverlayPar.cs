namespace Audiobook.Rendering.ReadAlong;

/// <summary>One <c>par</c> of a Media Overlay: the element that holds a segment's text and the stretch of its chapter's
/// audio that speaks it (milliseconds).</summary>
internal sealed record OverlayPar(string TextPath, string TextId, string AudioPath, long BeginMs, long EndMs)
{
    public long DurationMs => EndMs - BeginMs;
}
