using System.Text;
using Audiobook.Ingest.Text;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Turns XHTML bytes into text: a byte-order mark wins (<see cref="ByteOrderMark"/>), then the XML declaration's encoding
/// (old EPUB 2 books say iso-8859-1 or windows-1252), else UTF-8. Invalid bytes become U+FFFD; nothing throws.
/// </summary>
internal static class EpubTextDecoder
{
    private const int DeclarationWindow = 1024;

    public static string Decode(byte[] data)
    {
        var bytes = data.AsSpan();
        if (ByteOrderMark.TryDetect(bytes, out var marked, out var length))
        {
            // The same encoding with the replacement fallback: invalid bytes become U+FFFD.
            return Encoding.GetEncoding(marked.CodePage).GetString(bytes[length..]);
        }

        // UTF-16 without a mark: the document starts with "<".
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0x00]))
        {
            return Encoding.Unicode.GetString(bytes);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, (byte)'<']))
        {
            return Encoding.BigEndianUnicode.GetString(bytes);
        }

        return DeclaredEncoding(bytes[..Math.Min(bytes.Length, DeclarationWindow)]).GetString(bytes);
    }

    private static Encoding DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head);
        if (!text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return Encoding.UTF8;
        }

        var end = text.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end < 0 ? text : text[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return Encoding.UTF8;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart().TrimStart('=').TrimStart();
        if (rest.Length == 0 || rest[0] is not ('"' or '\''))
        {
            return Encoding.UTF8;
        }

        var close = rest.IndexOf(rest[0], 1);
        var name = close < 0 ? string.Empty : rest[1..close].Trim();
        return Lookup(name);
    }

    private static Encoding Lookup(string name)
    {
        if (name.Length == 0 || name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase))
        {
            // A UTF-16 declaration on bytes without a BOM or "<\0" is wrong; UTF-8 is the safer guess.
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.UTF8;
        }
    }
}
