using System.IO.Compression;
using System.Text;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// Builds EPUB fixtures in memory: <c>new EpubBuilder().WithOpf(opf).AddFile("OEBPS/ch1.xhtml", xhtml).ToBytes()</c>.
/// <see cref="WithOpf"/> also writes the mimetype entry and META-INF/container.xml pointing at the OPF.
/// </summary>
internal sealed class EpubBuilder
{
    public const string DefaultOpfPath = "OEBPS/content.opf";

    private readonly List<(string Name, byte[] Data)> files = [];
    private readonly HashSet<string> stored = new(StringComparer.Ordinal) { "mimetype" };

    public EpubBuilder AddFile(string name, string content) => AddFile(name, Encoding.UTF8.GetBytes(content));

    public EpubBuilder AddFile(string name, byte[] content)
    {
        files.Add((name, content));
        return this;
    }

    /// <summary>Writes <paramref name="name"/> without compression (as the mimetype always is).</summary>
    public EpubBuilder Store(string name)
    {
        stored.Add(name);
        return this;
    }

    public EpubBuilder WithContainer(string opfPath = DefaultOpfPath) =>
        AddFile("mimetype", "application/epub+zip").AddFile("META-INF/container.xml", EpubMarkup.Container(opfPath));

    public EpubBuilder WithOpf(string opf, string opfPath = DefaultOpfPath) => WithContainer(opfPath).AddFile(opfPath, opf);

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in files)
            {
                var level = stored.Contains(name) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(data);
            }
        }

        return buffer.ToArray();
    }

    public MemoryStream ToStream() => new(ToBytes(), writable: false);
}
