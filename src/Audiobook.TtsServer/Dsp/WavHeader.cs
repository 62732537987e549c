using System.Buffers.Binary;

namespace Audiobook.TtsServer.Dsp;

/// <summary>Writes and reads canonical 44-byte PCM WAV headers. A streamed header uses 0xFFFFFFFF for the RIFF and data sizes
/// ("unknown length"), which ffmpeg, sox and browsers read as "until end of file".</summary>
internal static class WavHeader
{
    public const int Length = 44;
    public const uint UnknownLength = 0xFFFFFFFF;

    /// <summary>A 16-bit mono PCM header; <paramref name="dataLength"/> null means unknown (streaming).</summary>
    public static byte[] Create(int sampleRate, uint? dataLength = null, short channels = 1, short bitsPerSample = 16)
    {
        var header = new byte[Length];
        var span = header.AsSpan();
        var blockAlign = (short)(channels * bitsPerSample / 8);
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], dataLength is { } size ? size + 36 : UnknownLength);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], bitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], dataLength ?? UnknownLength);
        return header;
    }

    /// <summary>Parses a RIFF/WAVE header up to the start of the <c>data</c> chunk. Returns false if more bytes are needed;
    /// throws <see cref="InvalidDataException"/> if the bytes are not a PCM WAV file.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out WavFormat format, out int dataOffset)
    {
        format = default;
        dataOffset = 0;
        if (bytes.Length < 12)
        {
            return false;
        }

        if (!bytes[..4].SequenceEqual("RIFF"u8) || !bytes[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("Not a RIFF/WAVE stream.");
        }

        var offset = 12;
        var haveFormat = false;
        while (true)
        {
            if (bytes.Length < offset + 8)
            {
                return false;
            }

            var id = bytes.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(offset + 4)..]);
            if (id.SequenceEqual("data"u8))
            {
                if (!haveFormat)
                {
                    throw new InvalidDataException("WAV data chunk before fmt chunk.");
                }

                dataOffset = offset + 8;
                return true;
            }

            if (size > 1 << 20)
            {
                throw new InvalidDataException("WAV header chunk is implausibly large.");
            }

            if (bytes.Length < offset + 8 + (int)size)
            {
                return false;
            }

            if (id.SequenceEqual("fmt "u8))
            {
                var fmt = bytes.Slice(offset + 8, (int)size);
                format = new WavFormat(
                    BinaryPrimitives.ReadInt16LittleEndian(fmt),
                    BinaryPrimitives.ReadInt16LittleEndian(fmt[2..]),
                    BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]),
                    BinaryPrimitives.ReadInt16LittleEndian(fmt[14..]));
                haveFormat = true;
            }

            offset += 8 + (int)size + (int)(size & 1);
        }
    }
}
