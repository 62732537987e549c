using System.Text;
using Audiobook.Core.Segmentation;

namespace Audiobook.Ingest.Tests;

public sealed class BookReaderTests
{
    [Theory]
    [InlineData("plain-english.txt", "The Night Ferry", 3)]
    [InlineData("chinese.md", "山中的灯塔", 4)]
    [InlineData("mixed-zh-en.md", "代码与茶 Code and Tea", 3)]
    [InlineData("english-epub3.epub", "The Lighthouse at Gull Point", 5)]
    [InlineData("english-epub2.epub", "The Clockmaker's Apprentice", 3)]
    public async Task ReadAsync_Sample_DispatchesByFormat(string sample, string title, int chapters)
    {
        var book = await BookReader.ReadAsync(Path.Combine(RepositoryRoot.Samples, sample), IngestOptions.Default, CancellationToken.None);
        Assert.Equal(title, book.Metadata.Title);
        Assert.Equal(chapters, book.Chapters.Count);
    }

    [Fact]
    public async Task ReadAsync_EpubBytesUnderTextName_IsReadAsEpub()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("renamed.txt", await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "english-epub2.epub")));
        var book = await BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None);
        Assert.Equal("The Clockmaker's Apprentice", book.Metadata.Title);
    }

    [Fact]
    public async Task ReadAsync_EpubExtensionButNotZip_ThrowsNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("fake.epub", "just text");
        var ex = await Assert.ThrowsAsync<BookFormatException>(() => BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None));
        Assert.Equal($"{path}: is not a zip archive, so not an EPUB", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_BinaryGarbageAsTxt_ThrowsClearError()
    {
        using var temp = new TempDirectory();
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);
        var path = temp.Write("garbage.txt", bytes);

        var ex = await Assert.ThrowsAsync<BookFormatException>(() => BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None));

        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_ThrowsClearError()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("empty.txt", string.Empty);
        var ex = await Assert.ThrowsAsync<BookFormatException>(() => BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None));
        Assert.Equal($"{path}: is empty", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_OnlyWhitespace_ThrowsNoText()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("blank.md", "\n\n   \n");
        var ex = await Assert.ThrowsAsync<BookFormatException>(() => BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None));
        Assert.Equal($"{path}: has no text to read", ex.Message);
    }

    [Fact]
    public void Read_ParagraphLimitTooSmall_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BookReader.Read("x"u8.ToArray(), "x.txt", new IngestOptions { MaxParagraphChars = 0 }));

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => BookReader.ReadAsync("/no/such/book.txt", IngestOptions.Default, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_FileOverLimit_ThrowsBeforeReading()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("big.txt", new string('a', 2000));
        var ex = await Assert.ThrowsAsync<BookFormatException>(() => BookReader.ReadAsync(path, new IngestOptions { MaxArchiveBytes = 1000 }, CancellationToken.None));
        Assert.Contains("more than the limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SideLexicon_IsAddedToTheBook()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("story.md", "# One\n\nQwen speaks.\n");
        temp.Write("story.lexicon.txt", "Qwen => Chwen\n");

        var book = await BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None);
        var segments = new BookSegmenter(SegmenterOptions.Default).Segment(book)[0].Segments;

        Assert.Equal(temp.File("story.lexicon.txt"), BookReader.SideLexiconPath(path));
        Assert.Equal("Chwen speaks.", segments[1].Text);
    }

    [Fact]
    public async Task ReadAsync_BadSideLexicon_ThrowsNamingFileAndLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("story.md", "# One\n\nText.\n");
        temp.Write("story.lexicon.txt", "# fine\nbroken line\n");

        var ex = await Assert.ThrowsAsync<BookFormatException>(() => BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None));

        Assert.Equal($"{temp.File("story.lexicon.txt")} line 2: expected 'term => replacement'", ex.Message);
    }

    // The input that once made reading quadratic: one 50 MB line. Its speed is measured by `ingest --pathological`.
    [Fact]
    public async Task ReadAsync_FiftyMegabyteSingleParagraph_IsCutAndSegmentedWhole()
    {
        using var temp = new TempDirectory();
        var sentence = "The ferry crossed the dark water again, and Nora counted the lights. 渡船又一次穿过黑暗的水面。";
        var builder = new StringBuilder(52_000_000);
        while (builder.Length < 50_000_000 / 1.3)
        {
            builder.Append(sentence).Append(' ');
        }

        var path = temp.Write("huge.txt", builder.ToString());
        Assert.True(new FileInfo(path).Length >= 50_000_000);

        var book = await BookReader.ReadAsync(path, IngestOptions.Default, CancellationToken.None);
        var chapters = new BookSegmenter(SegmenterOptions.Default).Segment(book);

        var chapter = Assert.Single(chapters);
        Assert.True(chapter.Chapter.Blocks.Count > 1, "the paragraph should be cut at MaxParagraphChars");
        Assert.All(chapter.Chapter.Blocks, b => Assert.True(b.Text.Length <= IngestOptions.Default.MaxParagraphChars));
        Assert.All(chapter.Chapter.Blocks.SkipLast(1), b => Assert.EndsWith("。", b.Text, StringComparison.Ordinal));
        Assert.Equal(builder.ToString().TrimEnd(), string.Join(' ', chapter.Chapter.Blocks.Select(b => b.Text)));
        Assert.True(chapter.Segments.Count > 100_000, $"{chapter.Segments.Count} segments");
        Assert.Equal(builder.Replace(" ", string.Empty).ToString(), string.Concat(chapter.Segments.Select(s => s.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
