namespace Audiobook.Media.Probing;

/// <summary>A chapter as ffprobe reads it from a file.</summary>
public sealed record ProbeChapter(string Title, TimeSpan Start, TimeSpan End);
