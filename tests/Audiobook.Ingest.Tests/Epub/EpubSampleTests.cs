using Audiobook.Core.Books;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>The two sample books in samples/, read end to end from their files.</summary>
public sealed class EpubSampleTests
{
    private static Book ReadSample(string name, IngestOptions? options = null)
    {
        var path = Path.Combine(RepositoryRoot(), "samples", name);
        using var stream = File.OpenRead(path);
        return Ingest.Epub.EpubBookReader.Read(stream, options ?? IngestOptions.Default, name);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Read_EnglishEpub3_GivesTheStoryChaptersWithTocTitles()
    {
        var book = ReadSample("english-epub3.epub");

        Assert.Equal("The Lighthouse at Gull Point", book.Metadata.Title);
        Assert.Equal(["Mara Quillon"], book.Metadata.Authors);
        Assert.Equal("en", book.Metadata.Language);
        Assert.Equal(
            ["Chapter 1. The Keeper", "Chapter 2. The Letter", "Chapter 3. The Barometer", "Part Two: The Storm", "Chapter 4. The Long Night"],
            book.Chapters.Select(c => c.Title));
        Assert.Equal("image/jpeg", book.Cover?.MediaType);
        var text = string.Join(' ', book.Chapters.SelectMany(c => c.Blocks).Select(b => b.Text));
        Assert.DoesNotContain("county museum", text, StringComparison.Ordinal);
        Assert.Contains("green ledger before she slept.", text, StringComparison.Ordinal);
        Assert.StartsWith("On the third morning", book.Chapters[2].Blocks[1].Text, StringComparison.Ordinal);
        Assert.Contains(book.Chapters[1].Blocks, b => b.Kind == BlockKind.SceneBreak);
    }

    [Fact]
    public void Read_EnglishEpub3WithMatter_KeepsCopyrightAndNotes()
    {
        var book = ReadSample("english-epub3.epub", IngestOptions.Default with { IncludeFrontMatter = true, IncludeBackMatter = true });

        Assert.Equal(("Copyright", ChapterKind.FrontMatter), (book.Chapters[0].Title, book.Chapters[0].Kind));
        Assert.Equal(("Notes", ChapterKind.BackMatter), (book.Chapters[^1].Title, book.Chapters[^1].Kind));
        Assert.Contains("invented", book.Chapters[^1].Blocks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EnglishEpub2_GivesNcxTitlesAndSkipsTheTitlePage()
    {
        var book = ReadSample("english-epub2.epub");

        Assert.Equal("The Clockmaker's Apprentice", book.Metadata.Title);
        Assert.Equal(["Oliver Fenwick"], book.Metadata.Authors);
        Assert.Equal("en-GB", book.Metadata.Language);
        Assert.Equal(
            ["I. The Shop on Lantern Street", "II. A Clock That Ran Backwards", "III. Midnight, Exactly"],
            book.Chapters.Select(c => c.Title));
        Assert.StartsWith("At the bottom of Lantern Street", book.Chapters[0].Blocks[1].Text, StringComparison.Ordinal);
        Assert.Contains("Mr. Ezra Pell", book.Chapters[0].Blocks[1].Text, StringComparison.Ordinal);
        Assert.Contains("\u201cA clock that agrees", book.Chapters[0].Blocks[2].Text, StringComparison.Ordinal);
        Assert.Contains(book.Chapters[1].Blocks, b => b.Kind == BlockKind.SceneBreak);
        Assert.All(book.Chapters.SelectMany(c => c.Blocks), b => Assert.Null(b.Language));
    }

    [Fact]
    public void Read_EnglishEpub2WithFrontMatter_KeepsTheTitlePage()
    {
        var book = ReadSample("english-epub2.epub", IngestOptions.Default with { IncludeFrontMatter = true });

        Assert.Equal(("Title Page", ChapterKind.FrontMatter), (book.Chapters[0].Title, book.Chapters[0].Kind));
        Assert.Equal(4, book.Chapters.Count);
    }
}
