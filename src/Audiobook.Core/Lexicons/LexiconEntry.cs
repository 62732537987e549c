namespace Audiobook.Core.Lexicons;

/// <summary>One pronunciation rule: speak <see cref="Replacement"/> where the text has <see cref="Term"/>.</summary>
/// <param name="Term">The written form to find.</param>
/// <param name="Replacement">What the narrator should say instead.</param>
/// <param name="WholeWord">Match only at word boundaries (ignored for CJK terms, which have none).</param>
/// <param name="CaseSensitive">Match the term's exact case.</param>
/// <param name="Language">Apply only to text in this language (BCP 47 prefix, e.g. <c>en</c>), or everywhere when null.</param>
public sealed record LexiconEntry(
    string Term,
    string Replacement,
    bool WholeWord = true,
    bool CaseSensitive = false,
    string? Language = null);
