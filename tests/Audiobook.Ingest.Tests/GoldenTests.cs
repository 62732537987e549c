using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Audiobook.Core.Segmentation;

namespace Audiobook.Ingest.Tests;

/// <summary>
/// Each sample book and TOC fixture, read and segmented with the default options (no global lexicon; the book's own
/// lexicon applies), must match its reviewed golden file in Golden/. Run with UPDATE_GOLDEN=1 to rewrite the files, then
/// review the diff; under CI (CI=true) UPDATE_GOLDEN=1 fails instead of rewriting.
/// </summary>
public sealed class GoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    [Theory]
    [InlineData("samples/plain-english.txt")]
    [InlineData("samples/chinese.md")]
    [InlineData("samples/mixed-zh-en.md")]
    [InlineData("samples/english-epub3.epub")]
    [InlineData("samples/english-epub2.epub")]
    [InlineData("tests/Audiobook.Ingest.Tests/Fixtures/grouped-anthology.epub")]
    [InlineData("tests/Audiobook.Ingest.Tests/Fixtures/nested-ncx.epub")]
    public async Task ReadAndSegment_Book_MatchesGoldenFile(string book)
    {
        var read = await BookReader.ReadAsync(Path.Combine(RepositoryRoot.Path, book), IngestOptions.Default, CancellationToken.None);
        var chapters = new BookSegmenter(SegmenterOptions.Default).Segment(read);
        var actual = JsonSerializer.Serialize(GoldenBook.From(read, chapters), Json).ReplaceLineEndings("\n") + "\n";

        var goldenPath = Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Golden", Path.GetFileNameWithoutExtension(book) + ".chapters.json");
        if (GoldenUpdateMode.IsOn())
        {
            await File.WriteAllTextAsync(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing: run the tests once with UPDATE_GOLDEN=1 and review it");
        var expected = (await File.ReadAllTextAsync(goldenPath)).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("True")]
    public void Decide_UpdateRequestedUnderCi_Throws(string ci)
    {
        var error = Assert.Throws<InvalidOperationException>(() => GoldenUpdateMode.Decide("1", ci));
        Assert.Contains("under CI", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "", true)]
    [InlineData("1", "false", true)]
    [InlineData(null, "true", false)]
    [InlineData("0", null, false)]
    public void Decide_OutsideCiOrNotRequested_SaysWhetherToRewrite(string? update, string? ci, bool expected) =>
        Assert.Equal(expected, GoldenUpdateMode.Decide(update, ci));
}
