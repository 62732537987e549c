using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>A read-along EPUB read back with plain XML (independently of the writer): the package document, and every
/// Media Overlay's <c>par</c>s with their text and audio resolved to entry names and their clips in milliseconds.</summary>
internal sealed class ReadAlongEpub
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Smil = "http://www.w3.org/ns/SMIL";
    private readonly Dictionary<string, byte[]> _entries;

    private ReadAlongEpub(Dictionary<string, byte[]> entries)
    {
        _entries = entries;
        var container = XDocument.Parse(Text("META-INF/container.xml"));
        PackagePath = container.Descendants().First(e => e.Name.LocalName == "rootfile").Attribute("full-path")!.Value;
        Package = XDocument.Parse(Text(PackagePath));
        var items = Package.Descendants(Opf + "item").ToList();
        var byId = items.ToDictionary(i => i.Attribute("id")!.Value, i => Resolve(PackagePath, i.Attribute("href")!.Value));
        ItemPaths = byId;
        var pars = new List<OverlayClip>();
        foreach (var document in items.Where(i => i.Attribute("media-overlay") is not null))
        {
            var smilPath = byId[document.Attribute("media-overlay")!.Value];
            foreach (var par in XDocument.Parse(Text(smilPath)).Descendants(Smil + "par"))
            {
                var text = par.Element(Smil + "text")!.Attribute("src")!.Value.Split('#');
                var audio = par.Element(Smil + "audio")!;
                pars.Add(new OverlayClip(
                    smilPath,
                    Resolve(smilPath, text[0]),
                    text[1],
                    Resolve(smilPath, audio.Attribute("src")!.Value),
                    Clock(audio.Attribute("clipBegin")!.Value),
                    Clock(audio.Attribute("clipEnd")!.Value)));
            }
        }

        Clips = pars;
    }

    public string PackagePath { get; }

    public XDocument Package { get; }

    /// <summary>Each manifest item's entry name, by id.</summary>
    public IReadOnlyDictionary<string, string> ItemPaths { get; }

    /// <summary>Every par of every overlay, overlays in manifest order.</summary>
    public IReadOnlyList<OverlayClip> Clips { get; }

    public static ReadAlongEpub Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries[entry.FullName] = buffer.ToArray();
        }

        return new ReadAlongEpub(entries);
    }

    public byte[] Bytes(string entry) => _entries[entry];

    public string Text(string entry) => System.Text.Encoding.UTF8.GetString(_entries[entry]);

    /// <summary>The chapter audio entries in the order their clips first appear.</summary>
    public IReadOnlyList<string> AudioEntries => Clips.Select(c => c.AudioPath).Distinct().ToList();

    // SMIL full clock value h:mm:ss.fff, as the edition writes it.
    public static long Clock(string value) => (long)TimeSpan.ParseExact(value, @"h\:mm\:ss\.fff", CultureInfo.InvariantCulture).TotalMilliseconds;

    private static string Resolve(string from, string href)
    {
        var folder = from.Contains('/', StringComparison.Ordinal) ? from[..(from.LastIndexOf('/') + 1)] : "";
        var parts = new List<string>();
        foreach (var part in (folder + Uri.UnescapeDataString(href)).Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("" or "."))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
