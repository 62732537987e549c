namespace Audiobook.Rendering.Delivery;

/// <summary>A segment whose audio failed <c>AudioPlausibility</c> even after one redo, kept and reported.</summary>
public sealed record SuspiciousSegmentEntry(int Chapter, int Position, string Text, string Reason);
