namespace Audiobook.Core.Text;

/// <summary>Punctuation classes used by sentence and clause splitting.</summary>
internal static class Punctuation
{
    /// <summary>Sentence-final marks of CJK text: they end a sentence without a following space.</summary>
    public static bool IsCjkTerminal(char c) => c is '。' or '！' or '？' or '｡' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>Any sentence-final mark.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‥' || IsCjkTerminal(c);

    /// <summary>Closing quotes and brackets that stay with the sentence they end.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '」' or '』' or '）' or '］' or '｝'
            or '〉' or '》' or '】' or '〕' or '〗' or '〙' or '〛' or '＂' or '＇';

    /// <summary>Opening quotes and brackets (and Spanish ¿ ¡) that may start a sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[' or '{' or '「' or '『' or '（' or '［' or '｛'
            or '〈' or '《' or '【' or '〔' or '〖' or '〘' or '〚' or '¿' or '¡' or '„' or '‚';

    /// <summary>
    /// Clause marks where an over-long sentence may be cut: the CJK ones anywhere, the ASCII ones only when a space
    /// follows (so "1,000" and "10:30" stay whole).
    /// </summary>
    public static bool IsClauseBreak(string text, int i)
    {
        var c = text[i];
        if (c is '，' or '、' or '；' or '：' or '︐' or '︑' or '﹐' or '﹑' or '—' or '–')
        {
            return c is not ('—' or '–') || (i + 1 < text.Length && text[i + 1] is ' ' or '—' or '–') || (i > 0 && text[i - 1] == ' ');
        }

        return c is ',' or ';' or ':' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
    }
}
