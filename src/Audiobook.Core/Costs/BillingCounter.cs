using Audiobook.Core.Text;

namespace Audiobook.Core.Costs;

/// <summary>
/// Counts characters the way the Qwen3 realtime TTS models bill them (protocol §9): a Chinese character (汉字, including
/// the CJK extension blocks and compatibility ideographs, so also kanji and hanja) counts 2, every other character 1
/// (letters, digits, punctuation, full-width punctuation, spaces, kana, hangul). A surrogate pair is one character.
/// </summary>
public static class BillingCounter
{
    /// <summary>The billed characters of <paramref name="text"/>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x3000)
            {
                count++;
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }

            count += ScriptClassifier.IsHan(codePoint) ? 2 : 1;
        }

        return count;
    }

    /// <summary>The billed characters of <paramref name="text"/>.</summary>
    public static int Count(string text) => Count(text.AsSpan());
}
