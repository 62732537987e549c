namespace Audiobook.Rendering;

/// <summary>A chapter as a render will produce it: its number, title, segment count, billed characters and the hash of
/// every input that shapes its audio. Two plans with equal hashes produce the same files.</summary>
public sealed record PlannedChapter(int Number, string Title, string Hash, int Segments, long Characters, long BilledCharacters);
