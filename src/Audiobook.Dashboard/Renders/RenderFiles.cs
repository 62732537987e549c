using System.IO.Compression;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace Audiobook.Dashboard.Renders;

/// <summary>A render's deliverables in the output store (M4B, <c>mp3/</c>, <c>captions/</c>, <c>manifest.json</c>) plus
/// <see cref="Mp3Zip"/>, the MP3s as one zip made on the fly. Only names this listing returns are ever served, so a
/// name can never reach outside the render's folder.</summary>
public sealed class RenderFiles(IOutputStore store)
{
    public const string Mp3Zip = "mp3.zip";

    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();

    public IReadOnlyList<RenderFile> List(Render render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var folder = store.PathOf(render.OutputKey);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Name: Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/')))
            // Work files and files still being written (".render/", "mp3/.03_x.partial.mp3", "*.tmp") are not deliverables.
            .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal) && !f.Name.Split('/').Any(part => part.StartsWith('.')))
            .Select(f => new RenderFile(f.Name, new FileInfo(f.Path).Length, TypeOf(f.Name)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var mp3s = files.Where(IsMp3).ToList();
        if (mp3s.Count > 0)
        {
            files.Add(new RenderFile(Mp3Zip, mp3s.Sum(f => f.Size), "application/zip"));
        }

        return files;
    }

    /// <summary>The file named <paramref name="name"/> with range requests enabled (seek in the audio element), the MP3
    /// zip, or 404.</summary>
    public IResult Serve(Render render, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        var file = List(render).FirstOrDefault(f => f.Name == name);
        if (file is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"render {render.Id} has no file '{name}'");
        }

        if (file.Name == Mp3Zip)
        {
            var folder = store.PathOf(render.OutputKey);
            var mp3s = List(render).Where(IsMp3).ToList();
            return TypedResults.Stream(stream => WriteZipAsync(stream, folder, mp3s, cancellationToken), "application/zip", $"{render.Id:N}-mp3.zip");
        }

        var path = Path.Combine(store.PathOf(render.OutputKey), file.Name.Replace('/', Path.DirectorySeparatorChar));
        return TypedResults.PhysicalFile(path, file.ContentType, Path.GetFileName(file.Name), enableRangeProcessing: true);
    }

    private static bool IsMp3(RenderFile file) => file.Name.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteZipAsync(Stream output, string folder, IReadOnlyList<RenderFile> files, CancellationToken cancellationToken)
    {
        // MP3s do not compress: stored entries make the zip as fast as a copy.
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        foreach (var file in files)
        {
            var entry = zip.CreateEntry(Path.GetFileName(file.Name), CompressionLevel.NoCompression);
            await using var target = await entry.OpenAsync(cancellationToken);
            await using var source = File.OpenRead(Path.Combine(folder, file.Name.Replace('/', Path.DirectorySeparatorChar)));
            await source.CopyToAsync(target, cancellationToken);
        }
    }

    private static string TypeOf(string name) => Types.TryGetContentType(name, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".m4b"] = "audio/mp4";
        provider.Mappings[".vtt"] = "text/vtt";
        provider.Mappings[".epub"] = "application/epub+zip";
        provider.Mappings[".srt"] = "application/x-subrip";
        return provider;
    }
}
