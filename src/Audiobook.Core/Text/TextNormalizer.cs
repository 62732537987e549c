using System.Globalization;
using System.Text;

namespace Audiobook.Core.Text;

/// <summary>
/// Cleans text for narration: Unicode NFC, invisible characters removed (zero-width space, word joiner, soft hyphen,
/// byte-order mark, bidi marks and isolates, other format and control characters), every run of whitespace (line
/// breaks, no-break and ideographic spaces included) folded to one space, and the ends trimmed.
/// Zero-width joiner and non-joiner stay: they change how emoji and some scripts are spelled.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Returns the cleaned form of <paramref name="text"/>; linear in its length.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        if (IsClean(text))
        {
            return text;
        }

        return Fold(text, null);
    }

    /// <summary>The whitespace folding and invisible-character removal of <see cref="Normalize"/> (no NFC, no fast
    /// path). When <paramref name="origins"/> is given, it receives for each output character the index of the input
    /// character it came from (a folded space: the first whitespace of its run), for <see cref="MappedText"/>.</summary>
    internal static string Fold(string text, List<int>? origins)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> encoded = stackalloc char[2];
        var pendingSpace = -1;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var at = i;
            i += consumed;
            if (Rune.IsWhiteSpace(rune))
            {
                if (builder.Length > 0 && pendingSpace < 0)
                {
                    pendingSpace = at;
                }

                continue;
            }

            if (IsInvisible(rune))
            {
                continue;
            }

            if (pendingSpace >= 0)
            {
                builder.Append(' ');
                origins?.Add(pendingSpace);
                pendingSpace = -1;
            }

            var length = rune.EncodeToUtf16(encoded);
            builder.Append(encoded[..length]);
            for (var k = 0; k < length; k++)
            {
                origins?.Add(at + Math.Min(k, consumed - 1));
            }
        }

        return builder.ToString();
    }

    /// <summary>True for characters that are dropped: format (Cf) and control (Cc) characters except ZWJ/ZWNJ, and unpaired surrogates.</summary>
    public static bool IsInvisible(Rune rune)
    {
        if (rune.Value is 0x200C or 0x200D)
        {
            return false;
        }

        if (rune == Rune.ReplacementChar)
        {
            return false;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse;
    }

    // Fast path: plain text with single ASCII spaces and no invisible characters needs no copy.
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (c < 0x20 || (c >= 0x7F && !IsPlainNonAscii(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainNonAscii(char c)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
    }
}
