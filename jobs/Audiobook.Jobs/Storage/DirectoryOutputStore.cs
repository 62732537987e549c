using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Storage;

/// <summary>An <see cref="IOutputStore"/> on a directory (local or a shared mount).</summary>
internal sealed class DirectoryOutputStore(IOptions<StorageOptions> options) : IOutputStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Root);

    public string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        // Keys are built by our own code, but a key must never name a file outside the store.
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"storage key '{key}' leaves the store", nameof(key));
        }

        return path;
    }

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public bool Exists(string key) => File.Exists(PathOf(key)) || Directory.Exists(PathOf(key));

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }
}
