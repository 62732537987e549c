namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>One <c>par</c> of a Media Overlay, read back from the EPUB.</summary>
internal sealed record OverlayClip(string SmilPath, string TextPath, string TextId, string AudioPath, long BeginMs, long EndMs);
