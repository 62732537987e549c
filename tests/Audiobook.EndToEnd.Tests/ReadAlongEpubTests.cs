using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace Audiobook.EndToEnd.Tests;

/// <summary>The read-along EPUB of every sample (EPUB 3, EPUB 2, Chinese and mixed Markdown, plain text) and of the
/// grouped-TOC and paged EPUB 2 fixtures passes EPUBCheck with no error and no warning; an EPUB 2 source's page list
/// and guide reach the navigation document the edition writes for it.</summary>
[Collection(SampleRenders.Name)]
public sealed class ReadAlongEpubTests(SampleRenderFixture fixture)
{
    public static TheoryData<string> Books => new([.. SampleRenderFixture.Samples, .. SampleRenderFixture.ReadAlongFixtures]);

    [Theory]
    [MemberData(nameof(Books))]
    public async Task Render_FormatEpub3_EpubCheckReportsNoErrorAndNoWarning(string book)
    {
        var (code, _, error, output) = fixture.Results[book];
        Assert.True(code == 0, $"exit {code}: {error}");
        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "manifest.json"))).RootElement;
        var epub = Path.Combine(output, manifest.GetProperty("epub_file").GetString()!);

        var report = await EpubCheck.RunAsync(epub);

        Assert.True(report.Fatals + report.Errors + report.Warnings == 0, report.Output);
        using var zip = ZipFile.OpenRead(epub);
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".smil", StringComparison.Ordinal));
        Assert.Equal(manifest.GetProperty("chapters").GetArrayLength(), zip.Entries.Count(e => e.FullName.EndsWith(".m4a", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_Epub2WithPageListAndGuide_TheGeneratedNavHasThePagesAndLandmarksThatResolve()
    {
        var (code, _, error, output) = fixture.Results["paged-epub2.epub"];
        Assert.True(code == 0, $"exit {code}: {error}");
        using var zip = ZipFile.OpenRead(Directory.GetFiles(output, "*.epub").Single());
        var opf = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".opf", StringComparison.Ordinal)).Open());
        var navHref = opf.Descendants().Single(e => e.Name.LocalName == "item" && ((string?)e.Attribute("properties"))?.Split(' ').Contains("nav") == true).Attribute("href")!.Value;
        var navPath = Path.Combine(Path.GetDirectoryName(zip.Entries.Single(e => e.FullName.EndsWith(".opf", StringComparison.Ordinal)).FullName)!, navHref).Replace('\\', '/');
        var nav = XDocument.Load(zip.GetEntry(navPath)!.Open());
        XNamespace ops = "http://www.idpf.org/2007/ops";
        List<(string Type, string Text, string Href)> Links(string navType) => [.. nav.Descendants()
            .Where(e => e.Name.LocalName == "nav" && (string?)e.Attribute(ops + "type") == navType)
            .SelectMany(n => n.Descendants().Where(a => a.Name.LocalName == "a"))
            .Select(a => ((string?)a.Attribute(ops + "type") ?? "", a.Value, (string)a.Attribute("href")!))];

        // Page 4's anchor and page 5's file are not in the book; pages 1-3 link to their page-break anchors.
        var pages = Links("page-list");
        Assert.Equal(["1", "2", "3"], pages.Select(p => p.Text));
        Assert.EndsWith("#page1", pages[0].Href, StringComparison.Ordinal);
        Assert.EndsWith("#page3", pages[2].Href, StringComparison.Ordinal);
        // The guide's title-page and text become EPUB 3's titlepage and bodymatter; the preface's anchor is missing, the
        // colophon's file too, and a reader-defined type has no EPUB 3 equivalent.
        Assert.Equal([("titlepage", "Title Page"), ("bodymatter", "Beginning")], Links("landmarks").Select(l => (l.Type, l.Text)));
    }
}
