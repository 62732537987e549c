using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Audiobook.Core.Segmentation;

namespace Audiobook.Ingest.Tests;

/// <summary>
/// Each sample book, read and segmented with the default options (no global lexicon; the book's own lexicon applies),
/// must match its reviewed golden file in Golden/. Run with UPDATE_GOLDEN=1 to rewrite the files, then review the diff.
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
    [InlineData("plain-english.txt")]
    [InlineData("chinese.md")]
    [InlineData("mixed-zh-en.md")]
    [InlineData("english-epub3.epub")]
    [InlineData("english-epub2.epub")]
    public async Task ReadAndSegment_Sample_MatchesGoldenFile(string sample)
    {
        var book = await BookReader.ReadAsync(Path.Combine(RepositoryRoot.Samples, sample), IngestOptions.Default, CancellationToken.None);
        var chapters = new BookSegmenter(SegmenterOptions.Default).Segment(book);
        var actual = JsonSerializer.Serialize(GoldenBook.From(book, chapters), Json).ReplaceLineEndings("\n") + "\n";

        var goldenPath = Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Golden", Path.GetFileNameWithoutExtension(sample) + ".chapters.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing: run the tests once with UPDATE_GOLDEN=1 and review it");
        var expected = (await File.ReadAllTextAsync(goldenPath)).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
