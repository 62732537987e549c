namespace Audiobook.Rendering.Cache;

/// <summary>A content-addressed store of synthesized PCM, one file per key under <c>&lt;root&gt;/ab/abcdef….pcm</c>.
/// Entries are written to a temporary file and renamed into place, so a crash never leaves a partial entry
/// under its final name; several processes (or machines on a shared volume) can fill the same cache.</summary>
public sealed class SegmentCache
{
    private readonly string _root;

    public SegmentCache(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public string PathFor(string key)
    {
        if (key.Length < 8 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A cache key is lower-case hex.", nameof(key));
        }

        return Path.Combine(_root, key[..2], key + ".pcm");
    }

    public bool TryGet(string key, out string path)
    {
        path = PathFor(key);
        return File.Exists(path);
    }

    /// <summary>Creates a writer for <paramref name="key"/>; nothing is visible under the key until <see cref="CacheEntryWriter.CommitAsync"/>.</summary>
    public CacheEntryWriter BeginWrite(string key)
    {
        var final = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        return new CacheEntryWriter(final);
    }

    /// <summary>Removes an entry judged bad, so it is synthesized again.</summary>
    public void Evict(string key)
    {
        var path = PathFor(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
