using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Audiobook.Ingest.Text;

/// <summary>
/// The encoding a byte-order mark announces (UTF-8, UTF-16 and UTF-32, either byte order). Text files and EPUB XHTML
/// both start decoding here; each reader then applies its own policy to invalid bytes.
/// </summary>
internal static class ByteOrderMark
{
    /// <summary>Finds a byte-order mark; <paramref name="encoding"/> throws on invalid bytes, <paramref name="length"/> is the mark's size.</summary>
    public static bool TryDetect(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out Encoding? encoding, out int length)
    {
        // UTF-32 LE before UTF-16 LE: both start with FF FE.
        (encoding, length) = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding is not null;
    }
}
