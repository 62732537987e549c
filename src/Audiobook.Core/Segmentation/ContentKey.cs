using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Audiobook.Core.Segmentation;

/// <summary>The content address of a segment: what the TTS service is asked to say, independent of voice and format.</summary>
public static class ContentKey
{
    /// <summary>
    /// Lower-case hex SHA-256 of the UTF-8 bytes of <c>languageType + "\n" + text</c>. The render cache adds the voice
    /// settings and audio format to it.
    /// </summary>
    public static string For(string languageType, string text)
    {
        ArgumentNullException.ThrowIfNull(languageType);
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetByteCount(languageType) + 1 + Encoding.UTF8.GetByteCount(text);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(languageType, rented);
            rented[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(text, rented.AsSpan(written));
            return Convert.ToHexStringLower(SHA256.HashData(rented.AsSpan(0, written)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
