using System.Buffers.Binary;
using System.Text;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>Byte-level edits of a built zip, for fixtures a zip library refuses to write (lying sizes, odd methods, damage).</summary>
internal static class ZipBytes
{
    private const uint LocalSignature = 0x04034b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;

    public static byte[] SetMethod(byte[] zip, string name, ushort method)
    {
        var copy = (byte[])zip.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(FindHeader(copy, LocalSignature, 30, name) + 8), method);
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(FindHeader(copy, CentralSignature, 46, name) + 10), method);
        return copy;
    }

    public static byte[] SetUncompressedSize(byte[] zip, string name, uint size)
    {
        var copy = (byte[])zip.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(FindHeader(copy, LocalSignature, 30, name) + 22), size);
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(FindHeader(copy, CentralSignature, 46, name) + 24), size);
        return copy;
    }

    /// <summary>Overwrites the middle of an entry's compressed data with garbage.</summary>
    public static byte[] DamageData(byte[] zip, string name)
    {
        var copy = (byte[])zip.Clone();
        var local = FindHeader(copy, LocalSignature, 30, name);
        var start = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(local + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(local + 28));
        var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(local + 18));
        for (var i = start + (length / 4); i < start + (length * 3 / 4); i++)
        {
            copy[i] = 0xFF;
        }

        return copy;
    }

    public static byte[] SetDeclaredEntryCount(byte[] zip, ushort count)
    {
        var copy = (byte[])zip.Clone();
        for (var i = copy.Length - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i)) == EndSignature)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(i + 8), count);
                BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(i + 10), count);
                return copy;
            }
        }

        throw new InvalidOperationException("no end of central directory record");
    }

    private static int FindHeader(byte[] zip, uint signature, int nameOffset, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + nameOffset + nameBytes.Length <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == signature
                && zip.AsSpan(i + nameOffset, nameBytes.Length).SequenceEqual(nameBytes))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no header for {name}");
    }
}
