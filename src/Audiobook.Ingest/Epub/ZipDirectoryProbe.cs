using System.Buffers.Binary;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Reads the entry count that a zip's end-of-central-directory record declares, before <c>ZipArchive</c> builds an
/// object per entry: a crafted directory of millions of tiny entries is refused without allocating them.
/// </summary>
internal static class ZipDirectoryProbe
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndRecordSize = 22;
    private const int Zip64LocatorSize = 20;
    private const int Zip64EndRecordSize = 56;

    /// <summary>The declared entry count, or null when the stream has no end-of-central-directory record (not a zip, or truncated).</summary>
    public static long? DeclaredEntryCount(Stream stream)
    {
        var origin = stream.Position;
        try
        {
            var length = stream.Length;
            if (length < EndRecordSize)
            {
                return null;
            }

            var tailLength = (int)Math.Min(length, EndRecordSize + ushort.MaxValue);
            var tail = new byte[tailLength];
            stream.Position = length - tailLength;
            stream.ReadExactly(tail);
            for (var i = tailLength - EndRecordSize; i >= 0; i--)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndSignature)
                {
                    continue;
                }

                long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
                if (count == ushort.MaxValue && i >= Zip64LocatorSize
                    && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i - Zip64LocatorSize)) == Zip64LocatorSignature)
                {
                    var offset = BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(i - Zip64LocatorSize + 8));
                    count = ReadZip64Count(stream, offset, length) ?? count;
                }

                return count;
            }

            return null;
        }
        finally
        {
            stream.Position = origin;
        }
    }

    private static long? ReadZip64Count(Stream stream, ulong offset, long length)
    {
        if (offset > (ulong)(length - Zip64EndRecordSize))
        {
            return null;
        }

        var record = new byte[Zip64EndRecordSize];
        stream.Position = (long)offset;
        stream.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
        return count > long.MaxValue ? long.MaxValue : (long)count;
    }
}
