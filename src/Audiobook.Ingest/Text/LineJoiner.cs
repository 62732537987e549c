using System.Text;
using Audiobook.Core.Text;

namespace Audiobook.Ingest.Text;

/// <summary>
/// Joins the lines of one paragraph: with a space, except next to CJK text, where a line break in the source is only
/// wrapping (一行\n两行 → 一行两行), unless the other side is a letter or digit of a spaced script.
/// </summary>
internal static class LineJoiner
{
    public static string Join(IReadOnlyList<string> lines)
    {
        if (lines.Count == 1)
        {
            return lines[0].Trim();
        }

        var builder = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            Append(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>Appends <paramref name="piece"/> after a line break: no space when both sides are CJK.</summary>
    public static void Append(StringBuilder builder, string piece)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (piece.Length == 0)
        {
            return;
        }

        if (builder.Length > 0 && !IsWrapOnly(LastRune(builder), FirstRune(piece)))
        {
            builder.Append(' ');
        }

        builder.Append(piece);
    }

    // A break next to CJK text is only wrapping unless the other side is a Latin (or other spaced-script) letter or a
    // digit: 老周守了|灯塔, 他说：|“好, ”|他说 join without a space; 中文|English keeps one.
    private static bool IsWrapOnly(Rune left, Rune right) =>
        (IsCjkLike(left) && !IsSpacedWordCharacter(right)) || (IsCjkLike(right) && !IsSpacedWordCharacter(left));

    private static bool IsCjkLike(Rune rune) =>
        ScriptClassifier.IsCjk(rune.Value) || (rune.IsBmp && IsCjkPunctuation((char)rune.Value));

    private static bool IsSpacedWordCharacter(Rune rune) => Rune.IsLetterOrDigit(rune) && !ScriptClassifier.IsCjk(rune.Value);

    private static Rune LastRune(StringBuilder builder)
    {
        var last = builder[^1];
        if (char.IsLowSurrogate(last) && builder.Length > 1 && char.IsHighSurrogate(builder[^2]))
        {
            return new Rune(builder[^2], last);
        }

        return Rune.IsValid(last) ? new Rune(last) : Rune.ReplacementChar;
    }

    private static Rune FirstRune(string piece)
    {
        Rune.DecodeFromUtf16(piece, out var rune, out _);
        return rune;
    }

    // 。，「」 and the full-width forms: wrapping next to them needs no space either.
    private static bool IsCjkPunctuation(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF65';
}
