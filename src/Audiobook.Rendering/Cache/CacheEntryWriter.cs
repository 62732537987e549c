namespace Audiobook.Rendering.Cache;

/// <summary>Writes one cache entry to a unique temporary file; <see cref="CommitAsync"/> renames it into place,
/// disposing without committing deletes it.</summary>
public sealed class CacheEntryWriter : IAsyncDisposable
{
    private readonly string _finalPath;
    private readonly string _tempPath;
    private readonly FileStream _stream;
    private bool _committed;

    internal CacheEntryWriter(string finalPath)
    {
        _finalPath = finalPath;
        _tempPath = $"{finalPath}.{Guid.NewGuid():N}.tmp";
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
    }

    public Stream Stream => _stream;

    public string FinalPath => _finalPath;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_tempPath, _finalPath, overwrite: true);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed && File.Exists(_tempPath))
        {
            File.Delete(_tempPath);
        }
    }
}
