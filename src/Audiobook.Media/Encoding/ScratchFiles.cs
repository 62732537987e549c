using Audiobook.Core.Books;

namespace Audiobook.Media.Encoding;

/// <summary>The files of one encode: the output written under a temporary name beside the final one (so the
/// final name never holds a partial file, and the rename stays on one file system), plus helper inputs
/// (metadata, cover, concat list). Dispose deletes whatever was not committed.</summary>
internal sealed class ScratchFiles : IDisposable
{
    private readonly List<string> _paths = [];
    private readonly string _directory;
    private readonly string _stem;
    private bool _committed;

    public ScratchFiles(string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        FinalPath = Path.GetFullPath(outputPath);
        _directory = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(_directory);
        _stem = $".{Path.GetFileNameWithoutExtension(FinalPath)}.{Guid.NewGuid():N}";
        OutputPath = Reserve(".partial" + Path.GetExtension(FinalPath));
    }

    public string FinalPath { get; }

    /// <summary>Where the tool writes; renamed onto <see cref="FinalPath"/> by <see cref="Commit"/>.</summary>
    public string OutputPath { get; }

    public string Reserve(string suffix)
    {
        var path = Path.Combine(_directory, _stem + suffix);
        _paths.Add(path);
        return path;
    }

    public async Task<string> WriteTextAsync(string suffix, string text, CancellationToken cancellationToken)
    {
        var path = Reserve(suffix);
        await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>Writes the cover beside the output; returns its path and whether its format can be copied into
    /// MP3/MP4 as is (JPEG and PNG) or must be converted to JPEG.</summary>
    public async Task<(string Path, bool CanCopy)> WriteCoverAsync(CoverImage cover, CancellationToken cancellationToken)
    {
        var (extension, canCopy) = cover.MediaType.ToLowerInvariant() switch
        {
            "image/jpeg" or "image/jpg" => (".jpg", true),
            "image/png" => (".png", true),
            "image/gif" => (".gif", false),
            "image/webp" => (".webp", false),
            _ => (".img", false),
        };
        var path = Reserve(".cover" + extension);
        await File.WriteAllBytesAsync(path, cover.Data, cancellationToken).ConfigureAwait(false);
        return (path, canCopy);
    }

    public void Commit()
    {
        File.Move(OutputPath, FinalPath, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        foreach (var path in _paths)
        {
            if (_committed && path == OutputPath)
            {
                continue;
            }

            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort: a leftover hidden scratch file is harmless and never has the final name.
            }
        }
    }
}
