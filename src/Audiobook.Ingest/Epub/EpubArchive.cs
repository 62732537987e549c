using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// The EPUB zip, read in memory and never extracted. Entry names are only dictionary keys (so "../../etc/passwd"
/// is a harmless name), and every read counts the bytes actually decompressed against the per-entry and total
/// caps of <see cref="IngestOptions"/>: the sizes a zip declares are attacker-controlled and never trusted.
/// </summary>
internal sealed class EpubArchive : IDisposable
{
    private const int CopyBufferSize = 81_920;
    private const int MaxInitialCapacity = 4 * 1024 * 1024;

    private readonly ZipArchive zip;
    private readonly Stream? ownedStream;
    private readonly IngestOptions options;
    private readonly Dictionary<string, ZipArchiveEntry> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ZipArchiveEntry> anyCase = new(StringComparer.OrdinalIgnoreCase);
    private long decompressedBytes;

    private EpubArchive(ZipArchive zip, Stream? ownedStream, IngestOptions options)
    {
        this.zip = zip;
        this.ownedStream = ownedStream;
        this.options = options;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.EndsWith('/'))
            {
                continue;
            }

            exact.TryAdd(name, entry);
            anyCase.TryAdd(name, entry);
        }
    }

    /// <summary>All file names in the archive, in central-directory order.</summary>
    public IEnumerable<string> Names => exact.Keys;

    public static EpubArchive Open(Stream stream, IngestOptions options)
    {
        Stream? owned = null;
        var source = stream;
        if (!stream.CanSeek)
        {
            owned = CopyBounded(stream, options.MaxArchiveBytes);
            source = owned;
        }
        else if (stream.Length - stream.Position > options.MaxArchiveBytes)
        {
            throw new EpubFormatException(
                $"the file is {EpubText.Bytes(stream.Length - stream.Position)}, larger than the limit of {EpubText.Bytes(options.MaxArchiveBytes)}");
        }

        try
        {
            var declared = ZipDirectoryProbe.DeclaredEntryCount(source)
                ?? throw new EpubFormatException("not a zip archive (no zip central directory: the file is truncated or not an EPUB)");
            if (declared > options.MaxEntries)
            {
                throw TooManyEntries(declared, options);
            }

            var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxEntries)
            {
                zip.Dispose();
                throw TooManyEntries(zip.Entries.Count, options);
            }

            return new EpubArchive(zip, owned, options);
        }
        catch (InvalidDataException ex)
        {
            owned?.Dispose();
            throw new EpubFormatException($"corrupt zip archive ({EpubText.FirstLine(ex.Message)})", ex);
        }
        catch (EpubFormatException)
        {
            owned?.Dispose();
            throw;
        }
        catch (EndOfStreamException ex)
        {
            owned?.Dispose();
            throw new EpubFormatException("corrupt zip archive (the file is truncated)", ex);
        }
    }

    /// <summary>Finds an entry by exact name, falling back to a case-insensitive match (books made on Windows or macOS).</summary>
    public string? Find(string path)
    {
        if (exact.ContainsKey(path))
        {
            return path;
        }

        return anyCase.TryGetValue(path, out var entry) ? entry.FullName.Replace('\\', '/') : null;
    }

    /// <summary>Reads a whole entry into memory, enforcing the size caps, or throws naming the missing part.</summary>
    public byte[] Read(string path, string role)
    {
        var name = Find(path) ?? throw new EpubFormatException($"{role} {path} is missing from the archive");
        return ReadEntry(exact[name], name);
    }

    /// <summary>Reads an entry when it exists; null when it does not.</summary>
    public byte[]? TryRead(string path)
    {
        var name = Find(path);
        return name is null ? null : ReadEntry(exact[name], name);
    }

    public void Dispose()
    {
        zip.Dispose();
        ownedStream?.Dispose();
    }

    private byte[] ReadEntry(ZipArchiveEntry entry, string name)
    {
        if (entry.Length > options.MaxEntryBytes)
        {
            throw EntryTooLarge(name);
        }

        try
        {
            using var input = entry.Open();
            using var output = new MemoryStream((int)Math.Clamp(entry.Length, 0, MaxInitialCapacity));
            var buffer = new byte[CopyBufferSize];
            long count = 0;
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                count += read;
                decompressedBytes += read;
                if (count > options.MaxEntryBytes)
                {
                    throw EntryTooLarge(name);
                }

                if (decompressedBytes > options.MaxArchiveBytes)
                {
                    throw new EpubFormatException(
                        $"the archive decompresses to more than {EpubText.Bytes(options.MaxArchiveBytes)} (zip bomb?)");
                }

                output.Write(buffer, 0, read);
            }

            var data = output.ToArray();
            if (data.Length != entry.Length || Crc32.HashToUInt32(data) != entry.Crc32)
            {
                throw new EpubFormatException($"{name} is corrupt in the zip archive (size or CRC-32 does not match its header)");
            }

            return data;
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("not supported", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("unsupported", StringComparison.OrdinalIgnoreCase))
        {
            throw new EpubFormatException($"{name} uses a zip compression method this reader does not support ({EpubText.FirstLine(ex.Message)})", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new EpubFormatException($"{name} is corrupt in the zip archive ({EpubText.FirstLine(ex.Message)})", ex);
        }
        catch (NotSupportedException ex)
        {
            throw new EpubFormatException($"{name} uses a zip compression or encryption this reader does not support", ex);
        }
        catch (IOException ex)
        {
            throw new EpubFormatException($"{name} cannot be read from the zip archive (truncated or corrupt)", ex);
        }
    }

    private EpubFormatException EntryTooLarge(string name) =>
        new($"{name} decompresses to more than the limit of {EpubText.Bytes(options.MaxEntryBytes)} per file (zip bomb?)");

    private static EpubFormatException TooManyEntries(long count, IngestOptions options) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the archive has {count:N0} entries, more than the limit of {options.MaxEntries:N0}"));

    private static MemoryStream CopyBounded(Stream stream, long limit)
    {
        var copy = new MemoryStream();
        var buffer = new byte[CopyBufferSize];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (copy.Length + read > limit)
            {
                copy.Dispose();
                throw new EpubFormatException($"the file is larger than the limit of {EpubText.Bytes(limit)}");
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
