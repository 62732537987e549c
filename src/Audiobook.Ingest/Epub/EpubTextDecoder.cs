using System.Text;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Turns XHTML bytes into text: a byte-order mark wins, then the XML declaration's encoding
/// (old EPUB 2 books say iso-8859-1 or windows-1252), else UTF-8. Invalid bytes become U+FFFD; nothing throws.
/// </summary>
internal static class EpubTextDecoder
{
    private const int DeclarationWindow = 1024;

    public static string Decode(byte[] data)
    {
        var bytes = data.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0x00]))
        {
            return Encoding.Unicode.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? bytes[2..] : bytes);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, (byte)'<']))
        {
            return Encoding.BigEndianUnicode.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? bytes[2..] : bytes);
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
