namespace Audiobook.Rendering.Graph;

/// <summary>A segment whose audio failed the plausibility check even after a redo; reported, never hidden.</summary>
public sealed record SuspiciousSegment(int Chapter, int Position, string Text, string Reason);
