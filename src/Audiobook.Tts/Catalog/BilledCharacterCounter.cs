using System.Text;

namespace Audiobook.Tts.Catalog;

/// <summary>Counts billed characters the way the qwen3 realtime models do (docs/qwen-tts-protocol.md §9):
/// a 汉字 (CJK ideograph: simplified, traditional, kanji, hanja) counts 2, every other Unicode scalar value counts 1
/// (letters, digits, kana, hangul, spaces, full-width punctuation, an emoji).</summary>
public static class BilledCharacterCounter
{
    /// <summary>The billed characters of <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            total += IsHanzi(rune.Value) ? 2 : 1;
        }

        return total;
    }

    /// <summary>Whether a code point is a CJK ideograph: the URO, extensions A–I, the compatibility blocks and 〇 (U+3007).</summary>
    public static bool IsHanzi(int codePoint) => codePoint switch
    {
        0x3007 => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0x20000 and <= 0x2FA1F => true,
        >= 0x30000 and <= 0x323AF => true,
        _ => false,
    };

    /// <summary>Whether a rune is a CJK ideograph.</summary>
    public static bool IsHanzi(Rune rune) => IsHanzi(rune.Value);
}
