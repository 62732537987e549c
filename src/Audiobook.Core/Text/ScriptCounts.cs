using System.Text;

namespace Audiobook.Core.Text;

/// <summary>How many characters of each <see cref="Script"/> a text holds.</summary>
public readonly record struct ScriptCounts(int Latin, int Cyrillic, int Han, int Kana, int Hangul)
{
    /// <summary>Han, kana and hangul together.</summary>
    public int Cjk => Han + Kana + Hangul;

    /// <summary>Counts the letters of <paramref name="text"/> by script.</summary>
    public static ScriptCounts Of(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            switch (ScriptClassifier.Of(rune))
            {
                case Script.Latin: latin++; break;
                case Script.Cyrillic: cyrillic++; break;
                case Script.Han: han++; break;
                case Script.Kana: kana++; break;
                case Script.Hangul: hangul++; break;
                case Script.Other:
                default: break;
            }
        }

        return new ScriptCounts(latin, cyrillic, han, kana, hangul);
    }
}
