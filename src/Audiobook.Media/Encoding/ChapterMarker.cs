namespace Audiobook.Media.Encoding;

/// <summary>A chapter mark in a deliverable: its title and where it starts and ends.</summary>
public sealed record ChapterMarker(string Title, TimeSpan Start, TimeSpan End);
