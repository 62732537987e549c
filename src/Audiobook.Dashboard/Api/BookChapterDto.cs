namespace Audiobook.Dashboard.Api;

/// <summary>A chapter of a book as the reader found it.</summary>
public sealed record BookChapterDto(int Index, string Title, long Characters, long BilledCharacters, int Segments, double EstimatedSeconds);
