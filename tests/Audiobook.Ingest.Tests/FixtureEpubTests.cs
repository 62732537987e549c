using System.IO.Compression;

namespace Audiobook.Ingest.Tests;

/// <summary>
/// The TOC fixtures in Fixtures/ are built from their source trees by Fixtures/build-epubs.sh; an .epub that no longer
/// matches its tree (a source edit without a rebuild) would pin a golden file to text nobody can read.
/// </summary>
public sealed class FixtureEpubTests
{
    private static string Fixtures => Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Fixtures");

    [Theory]
    [InlineData("grouped-anthology")]
    [InlineData("nested-ncx")]
    public async Task Epub_Fixture_HoldsExactlyItsSourceTree(string book)
    {
        var source = Path.Combine(Fixtures, "src", book);
        var expected = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(source, f).Replace('\\', '/'), StringComparer.Ordinal);

        await using var zip = await ZipFile.OpenReadAsync(Path.Combine(Fixtures, book + ".epub"));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var stream = new MemoryStream();
            await using (var data = await entry.OpenAsync())
            {
                await data.CopyToAsync(stream);
            }

            var onDisk = await File.ReadAllBytesAsync(expected[entry.FullName]);
            Assert.True(stream.ToArray().SequenceEqual(onDisk), $"{book}.epub: {entry.FullName} differs from its source; run Fixtures/build-epubs.sh");
        }
    }
}
