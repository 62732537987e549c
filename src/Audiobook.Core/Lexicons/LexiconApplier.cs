using Audiobook.Core.Text;

namespace Audiobook.Core.Lexicons;

/// <summary>
/// Applies lexicon entries to text, in order (later entries see the output of earlier ones). Latin, Cyrillic and other
/// spaced terms match whole words (Unicode letter/digit boundaries) unless the entry says otherwise; terms containing
/// CJK characters match as substrings, because CJK text has no spaces between words.
/// </summary>
public sealed class LexiconApplier
{
    private readonly LexiconRule[] _rules;

    /// <summary>Compiles the entries of <paramref name="lexicons"/>, in the order given (global first, then the book's).</summary>
    public LexiconApplier(params IEnumerable<Lexicon?> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _rules = lexicons
            .Where(l => l is not null)
            .SelectMany(l => l!.Entries)
            .Where(e => e.Term.Length > 0)
            .Select(LexiconRule.Create)
            .ToArray();
    }

    /// <summary>True when there is nothing to apply.</summary>
    public bool IsEmpty => _rules.Length == 0;

    /// <summary>Applies every entry whose language matches <paramref name="languageTag"/> (entries without a language always apply).</summary>
    public string Apply(string text, string? languageTag)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(languageTag))
            {
                text = rule.Apply(text);
            }
        }

        return text;
    }

    /// <summary>Applies the entries as <see cref="Apply(string, string?)"/> does, carrying the map of <paramref name="text"/>
    /// through each replacement (a replacement maps to the source of the words it replaced).</summary>
    public MappedText Apply(MappedText text, string? languageTag)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(languageTag))
            {
                text = rule.Apply(text);
            }
        }

        return text;
    }

    /// <summary>True when <paramref name="text"/> holds a CJK character (Han, kana or hangul).</summary>
    internal static bool ContainsCjk(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (ScriptClassifier.IsCjk(rune.Value))
            {
                return true;
            }
        }

        return false;
    }
}
