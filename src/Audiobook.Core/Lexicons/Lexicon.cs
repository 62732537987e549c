namespace Audiobook.Core.Lexicons;

/// <summary>An ordered set of pronunciation entries. Later entries apply after earlier ones.</summary>
public sealed record Lexicon(IReadOnlyList<LexiconEntry> Entries)
{
    public static Lexicon Empty { get; } = new([]);
}
