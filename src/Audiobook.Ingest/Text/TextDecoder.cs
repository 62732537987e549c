using System.Text;

namespace Audiobook.Ingest.Text;

/// <summary>
/// Turns the bytes of a text or Markdown file into a string: UTF-8, UTF-16 or UTF-32 by byte-order mark, else strict
/// UTF-8, else GB 18030 (legacy Chinese text files). Binary data is rejected with a <see cref="BookFormatException"/>.
/// </summary>
internal static class TextDecoder
{
    private const int SampleChars = 65_536;
    private const int Gb18030CodePage = 54936;

    public static string Decode(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = DecodeByBom(bytes) ?? DecodeStrict(bytes, source);
        if (LooksBinary(text))
        {
            throw BookFormatException.For(source, "looks like binary data, not text");
        }

        return text;
    }

    private static string? DecodeByBom(byte[] bytes)
    {
        if (!ByteOrderMark.TryDetect(bytes, out var encoding, out var length))
        {
            return null;
        }

        try
        {
            return encoding.GetString(bytes.AsSpan(length));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string DecodeStrict(byte[] bytes, string source)
    {
        try
        {
            return Strict(new UTF8Encoding(false, true), bytes);
        }
        catch (DecoderFallbackException utf8Error)
        {
            if (Array.IndexOf(bytes, (byte)0) < 0)
            {
                try
                {
                    // The provider is used directly rather than registered, so no process-wide state changes.
                    var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                    if (gb18030 is not null)
                    {
                        return gb18030.GetString(bytes);
                    }
                }
                catch (DecoderFallbackException)
                {
                    // Neither UTF-8 nor GB 18030: report the UTF-8 position, the encoding we expect.
                }
            }

            var at = utf8Error.Index >= 0 ? $" (invalid byte near offset {utf8Error.Index})" : string.Empty;
            throw BookFormatException.For(source, $"is not UTF-8 or UTF-16 text{at}", utf8Error);
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes);

    // NUL characters, or more than 1 % control characters other than tab, line feed, form feed and carriage return.
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f') || c is >= '\u007F' and <= '\u009F')
            {
                controls++;
            }
        }

        return controls * 100 > sample.Length;
    }
}
