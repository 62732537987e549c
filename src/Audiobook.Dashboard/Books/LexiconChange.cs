namespace Audiobook.Dashboard.Books;

/// <summary>A saved lexicon edit: the book's new lexicon version and the chapters whose spoken text it changed.</summary>
public sealed record LexiconChange(int Version, IReadOnlyList<int> ChangedChapters);
