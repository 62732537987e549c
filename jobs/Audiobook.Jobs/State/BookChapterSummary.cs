namespace Audiobook.Jobs.State;

/// <summary>One chapter of an uploaded book as the reader found it (stored with the book, shown before any render).</summary>
/// <param name="Number">1-based, in reading order, counting only chapters that have speech.</param>
/// <param name="Title">The title from the table of contents.</param>
/// <param name="Segments">Sentence segments (one request each).</param>
/// <param name="Characters">Characters of text read aloud.</param>
/// <param name="BilledCharacters">Characters as the service bills them (a Han character counts 2).</param>
/// <param name="EstimatedSeconds">Estimated audio duration.</param>
public sealed record BookChapterSummary(int Number, string Title, int Segments, long Characters, long BilledCharacters, double EstimatedSeconds);
