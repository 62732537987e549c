namespace Audiobook.Media.Captions;

/// <summary>A caption: the text spoken between <paramref name="Start"/> and <paramref name="End"/> of a file.</summary>
public sealed record CaptionCue(TimeSpan Start, TimeSpan End, string Text);
