using System.Text.RegularExpressions;
using Audiobook.Core.Text;

namespace Audiobook.Core.Lexicons;

/// <summary>One compiled <see cref="LexiconEntry"/>.</summary>
internal sealed class LexiconRule
{
    // Letters, digits and marks, except CJK ones: "AI" is a whole word in "AI技术", whose neighbours are ideographs.
    private const string WordCharacter = @"[\p{L}\p{N}\p{M}_-[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]]";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private readonly LexiconEntry _entry;
    private readonly StringComparison _comparison;
    private readonly Regex? _wholeWord;

    private LexiconRule(LexiconEntry entry, Regex? wholeWord)
    {
        _entry = entry;
        _comparison = entry.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        _wholeWord = wholeWord;
    }

    public static LexiconRule Create(LexiconEntry entry)
    {
        if (!entry.WholeWord || LexiconApplier.ContainsCjk(entry.Term))
        {
            return new LexiconRule(entry, null);
        }

        // A boundary is only required on a side where the term itself starts or ends with a word character,
        // so "C++" and "Dr." match before spaces and punctuation alike.
        var pattern = (IsWordStart(entry.Term[0]) ? $"(?<!{WordCharacter})" : string.Empty)
            + Regex.Escape(entry.Term)
            + (IsWordStart(entry.Term[^1]) ? $"(?!{WordCharacter})" : string.Empty);
        var options = RegexOptions.CultureInvariant | (entry.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new LexiconRule(entry, new Regex(pattern, options, MatchTimeout));
    }

    public bool AppliesTo(string? languageTag)
    {
        if (_entry.Language is null)
        {
            return true;
        }

        if (languageTag is null)
        {
            return false;
        }

        return languageTag.Equals(_entry.Language, StringComparison.OrdinalIgnoreCase)
            || (languageTag.Length > _entry.Language.Length
                && languageTag.StartsWith(_entry.Language, StringComparison.OrdinalIgnoreCase)
                && languageTag[_entry.Language.Length] is '-' or '_');
    }

    public string Apply(string text)
    {
        if (!text.Contains(_entry.Term, _comparison))
        {
            return text;
        }

        return _wholeWord is null
            ? text.Replace(_entry.Term, _entry.Replacement, _comparison)
            : _wholeWord.Replace(text, _ => _entry.Replacement);
    }

    /// <summary>The same replacement as <see cref="Apply(string)"/>, carrying the map of the text through it.</summary>
    public MappedText Apply(MappedText text)
    {
        var value = text.ToString();
        if (!value.Contains(_entry.Term, _comparison))
        {
            return text;
        }

        return text.Replace(Matches(value), _entry.Replacement);
    }

    // The places Apply(string) replaces: regex matches, or ordinal occurrences left to right as string.Replace finds them.
    private IEnumerable<TextSpan> Matches(string text) =>
        _wholeWord is null
            ? MappedText.Occurrences(text, _entry.Term, _comparison)
            : _wholeWord.Matches(text).Select(m => new TextSpan(m.Index, m.Length));

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
