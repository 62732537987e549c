using System.IO.Compression;
using System.Text.Json;

namespace Audiobook.EndToEnd.Tests;

/// <summary>The read-along EPUB of every sample (EPUB 3, EPUB 2, Chinese and mixed Markdown, plain text) and of the
/// grouped-TOC fixture passes EPUBCheck with no error and no warning.</summary>
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
}
