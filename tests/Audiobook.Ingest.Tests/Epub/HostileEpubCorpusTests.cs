using Audiobook.Ingest.Epub;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// Every hostile input ends in a <see cref="BookFormatException"/> with one line that names the book and the problem, and
/// no file appears on disk. The expected problem names the guard that stopped the read (nesting depth, entry count, bytes
/// decompressed…), so a case that slipped past its guard into the slow path fails here; how fast the guards are is
/// measured by the ingest benchmark (docs/benchmarks/ingest.md), not asserted.
/// </summary>
public sealed class HostileEpubCorpusTests
{
    private const string BookName = "hostile.epub";

    public static TheoryData<string> CaseNames => [.. HostileEpubCorpus.Cases.Keys];

    [Fact]
    public void Corpus_HasAtLeast25Cases()
    {
        Assert.True(HostileEpubCorpus.Cases.Count >= 25, $"{HostileEpubCorpus.Cases.Count} cases");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Read_HostileInput_FailsWithOneClearLine(string name)
    {
        var hostile = HostileEpubCorpus.Cases[name];
        var bytes = hostile.Build();

        var error = Assert.Throws<BookFormatException>(() =>
        {
            using Stream stream = hostile.NonSeekable ? new NonSeekableStream(bytes) : new MemoryStream(bytes, writable: false);
            return EpubBookReader.Read(stream, hostile.Options ?? IngestOptions.Default, BookName);
        });

        Assert.StartsWith(BookName + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(hostile.ExpectedError, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
        AssertNothingEscaped();
    }

    private static void AssertNothingEscaped()
    {
        var sentinel = HostileEpubCorpus.Sentinel;
        string[] candidates =
        [
            Path.Combine(Path.GetTempPath(), sentinel),
            Path.Combine("/tmp", sentinel),
            Path.Combine("/tmp", sentinel + "-absolute"),
            Path.Combine(Environment.CurrentDirectory, sentinel),
            Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "../../../../../../../tmp", sentinel)),
        ];
        Assert.All(candidates, path => Assert.False(Path.Exists(path), path + " was written"));
    }
}
