using System.IO.Compression;
using System.Xml;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// Writes the EPUB container: <c>mimetype</c> first and stored (no compression, no extra field, as OCF requires),
/// <c>META-INF/container.xml</c> naming the package document, then every file; audio is stored (it is compressed
/// already), text is deflated. Entries carry one fixed time, so the archive depends only on its content. The file
/// is written beside the target and renamed onto it, so a reader never sees half an EPUB.
/// </summary>
internal static class EditionArchive
{
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string outputPath, string packagePath, byte[] package, IReadOnlyList<EditionFile> files, CancellationToken cancellationToken)
    {
        var temporary = outputPath + ".partial";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false))
            {
                await AddAsync(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, cancellationToken).ConfigureAwait(false);
                await AddAsync(zip, "META-INF/container.xml", Container(packagePath), CompressionLevel.Optimal, cancellationToken).ConfigureAwait(false);
                await AddAsync(zip, packagePath, package, CompressionLevel.Optimal, cancellationToken).ConfigureAwait(false);
                foreach (var file in files)
                {
                    if (file.SourceFile is { } source)
                    {
                        var entry = zip.CreateEntry(file.Path, CompressionLevel.NoCompression);
                        entry.LastWriteTime = EntryTime;
                        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
                        await using var output = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                        await input.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await AddAsync(zip, file.Path, file.Content!, CompressionLevel.Optimal, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            File.Move(temporary, outputPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string path, byte[] content, CompressionLevel level, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = EntryTime;
        await using var output = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(content, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Container(string packagePath) => EditionXml.Write(writer =>
    {
        const string ns = "urn:oasis:names:tc:opendocument:xmlns:container";
        writer.WriteStartElement("container", ns);
        writer.WriteAttributeString("version", "1.0");
        writer.WriteStartElement("rootfiles", ns);
        writer.WriteStartElement("rootfile", ns);
        writer.WriteAttributeString("full-path", packagePath);
        writer.WriteAttributeString("media-type", "application/oebps-package+xml");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    });
}
