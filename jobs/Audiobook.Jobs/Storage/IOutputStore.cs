namespace Audiobook.Jobs.Storage;

/// <summary>Where uploaded books and rendered deliverables live: a directory every worker machine mounts (NFS, a
/// shared Docker volume). Keys are relative paths with forward slashes (<c>renders/&lt;id&gt;/manifest.json</c>).
/// ffmpeg writes deliverables straight into it, so the store hands out local paths as well as streams.</summary>
public interface IOutputStore
{
    /// <summary>The local path of <paramref name="key"/> (which need not exist yet).</summary>
    string PathOf(string key);

    /// <summary>Writes <paramref name="content"/> under <paramref name="key"/> atomically (temp file + rename).</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    bool Exists(string key);

    /// <summary>Removes a key or a whole folder of keys; a missing key is not an error.</summary>
    void Delete(string key);
}
