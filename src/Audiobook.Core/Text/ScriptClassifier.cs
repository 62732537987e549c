using System.Globalization;
using System.Text;

namespace Audiobook.Core.Text;

/// <summary>Tells which <see cref="Script"/> a code point belongs to, by Unicode block.</summary>
public static class ScriptClassifier
{
    /// <summary>The script of <paramref name="rune"/>.</summary>
    public static Script Of(Rune rune) => Of(rune.Value);

    /// <summary>The script of the code point <paramref name="codePoint"/>.</summary>
    public static Script Of(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.Other;
        }

        if (IsHan(codePoint))
        {
            return Script.Han;
        }

        if (codePoint is (>= 0x3041 and <= 0x309F) or (>= 0x30A0 and <= 0x30FF and not 0x30FB) or (>= 0x31F0 and <= 0x31FF)
            or (>= 0xFF66 and <= 0xFF9F) or (>= 0x1B000 and <= 0x1B16F))
        {
            return Script.Kana;
        }

        if (codePoint is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F)
            or (>= 0xA960 and <= 0xA97F) or (>= 0xD7B0 and <= 0xD7FF))
        {
            return Script.Hangul;
        }

        if (codePoint is (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F))
        {
            return Script.Cyrillic;
        }

        if (codePoint is (>= 0x00C0 and <= 0x024F and not 0xD7 and not 0xF7) or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F)
            or (>= 0xA720 and <= 0xA7FF) or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A) or 0xAA or 0xBA)
        {
            return Script.Latin;
        }

        return Script.Other;
    }

    /// <summary>
    /// True for a Chinese character (汉字): CJK Unified Ideographs and their extensions A–I, the compatibility ideographs
    /// and U+3007 〇. Radicals, strokes and CJK punctuation are not Han characters.
    /// </summary>
    public static bool IsHan(int codePoint) => codePoint switch
    {
        >= 0x4E00 and <= 0x9FFF => true, // CJK Unified Ideographs
        >= 0x3400 and <= 0x4DBF => true, // Extension A
        0x3007 => true, // 〇, Script=Han, used as a numeral (一〇二〇)
        >= 0xF900 and <= 0xFAFF => true, // Compatibility Ideographs
        >= 0x20000 and <= 0x2A6DF => true, // Extension B
        >= 0x2A700 and <= 0x2EE5F => true, // Extensions C, D, E, F, I
        >= 0x2F800 and <= 0x2FA1F => true, // Compatibility Ideographs Supplement
        >= 0x30000 and <= 0x3347F => true, // Extensions G, H, J
        _ => false,
    };

    /// <summary>True for Han, kana or hangul: scripts written without spaces between words (hangul aside) and split per character.</summary>
    public static bool IsCjk(int codePoint) => Of(codePoint) is Script.Han or Script.Kana or Script.Hangul;

    /// <summary>True for a letter or digit of any script (the characters a word is made of).</summary>
    public static bool IsWordCharacter(int codePoint) =>
        Rune.IsValid(codePoint) && (Rune.IsLetterOrDigit(new Rune(codePoint))
            || Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
