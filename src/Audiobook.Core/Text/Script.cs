namespace Audiobook.Core.Text;

/// <summary>The writing system of a character, as far as segmentation, language detection and billing care.</summary>
public enum Script
{
    /// <summary>Digits, punctuation, symbols, spaces and scripts we do not tell apart.</summary>
    Other,
    Latin,
    Cyrillic,
    /// <summary>Chinese characters (汉字, kanji, hanja), including the extension blocks and compatibility ideographs.</summary>
    Han,
    /// <summary>Japanese hiragana and katakana.</summary>
    Kana,
    /// <summary>Korean hangul syllables and jamo.</summary>
    Hangul,
}
