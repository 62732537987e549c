using Audiobook.Ingest;
using Audiobook.Ingest.Epub;
using Audiobook.Rendering.ReadAlong;

namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>A navigation document must link in reading order (EPUBCheck NAV-011); a source's table that does not is put in order.</summary>
public sealed class TocOrderTests
{
    [Fact]
    public async Task Sort_GroupedTocOutOfReadingOrder_LinksEveryEntryForwardKeepingTheTitles()
    {
        using var source = await OpenAsync(Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Fixtures", "grouped-anthology.epub"));
        var order = OrderOf(source);
        Assert.False(order.IsInReadingOrder(source.Toc));

        var sorted = order.Sort(source.Toc);

        Assert.True(order.IsInReadingOrder(sorted));
        Assert.Equal(["Title Page", "Salt and Lantern", "A Note on the Text", "Endnotes"], sorted.Select(e => e.Title));
        Assert.Equal("foreword", sorted[1].Fragment);
        Assert.Equal(Titles(source.Toc).Order(StringComparer.Ordinal), Titles(sorted).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IsInReadingOrder_SampleTocInSpineOrder_IsTrue()
    {
        using var source = await OpenAsync(Path.Combine(RepositoryRoot.Samples, "english-epub3.epub"));

        Assert.True(OrderOf(source).IsInReadingOrder(source.Toc));
    }

    private static async Task<EpubSourceBook> OpenAsync(string path) =>
        EpubSourceBook.Open(await File.ReadAllBytesAsync(path), IngestOptions.Default, Path.GetFileName(path));

    private static TocOrder OrderOf(EpubSourceBook source) =>
        new(source, source.Items.Where(i => i.IsDocument).ToDictionary(i => i.OutputPath, i => source.Rewrite(i, [], "x.css", "t").Ids, StringComparer.Ordinal));

    private static IEnumerable<string> Titles(IEnumerable<EpubSourceTocEntry> entries) =>
        entries.SelectMany(e => Titles(e.Children).Prepend(e.Title));
}
