using Audiobook.Core.Books;
using Audiobook.Core.Lexicons;
using Audiobook.Core.Segmentation;

namespace Audiobook.Core.Tests.Segmentation;

public sealed class BookSegmenterTests
{
    private static readonly BookSegmenter Segmenter = new(SegmenterOptions.Default);

    [Fact]
    public void Segment_Chapter_AssignsPausesByStructure()
    {
        var book = Book("en",
            new TextBlock(BlockKind.Heading, "Chapter 1"),
            new TextBlock(BlockKind.Paragraph, "First paragraph."),
            new TextBlock(BlockKind.Paragraph, "Before the break."),
            new TextBlock(BlockKind.SceneBreak, string.Empty),
            new TextBlock(BlockKind.Paragraph, "After the break."),
            new TextBlock(BlockKind.Paragraph, "The end."));

        var segments = Assert.Single(Segmenter.Segment(book)).Segments;

        Assert.Equal(
            [
                ("Chapter 1", PauseKind.Heading, true, 0),
                ("First paragraph.", PauseKind.Paragraph, false, 1),
                ("Before the break.", PauseKind.SceneBreak, false, 2),
                ("After the break.", PauseKind.Paragraph, false, 4),
                ("The end.", PauseKind.ChapterEnd, false, 5),
            ],
            segments.Select(s => (s.Text, s.PauseAfter, s.IsHeading, s.ParagraphIndex)));
        Assert.Equal([0, 1, 2, 3, 4], segments.Select(s => s.Position));
        Assert.All(segments, s => Assert.Equal("English", s.LanguageType));
        Assert.All(segments, s => Assert.Equal(ContentKey.For(s.LanguageType, s.Text), s.ContentKey));
    }

    [Fact]
    public void Segment_ShortSentences_ArePackedUpToTheLimit()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"Sentence number {i} is here.");
        var book = Book("en", new TextBlock(BlockKind.Paragraph, string.Join(" ", sentences)));

        var segments = Segmenter.Segment(book)[0].Segments;

        Assert.All(segments, s => Assert.InRange(s.Text.Length, 10, 350));
        Assert.All(segments, s => Assert.EndsWith(".", s.Text, StringComparison.Ordinal));
        Assert.Equal(string.Join(" ", sentences), string.Join(" ", segments.Select(s => s.Text)));
        Assert.All(segments.SkipLast(1), s => Assert.Equal(PauseKind.Sentence, s.PauseAfter));
        Assert.True(segments.Count is >= 3 and <= 5, $"{segments.Count} segments");
    }

    [Fact]
    public void Segment_LongChineseSentence_IsCutAtClausePunctuationUnderTheLimit()
    {
        var clause = "老周一手提着马灯一手拿着扳手爬上塔顶，";
        var sentence = string.Concat(Enumerable.Repeat(clause, 20)) + "终于到了。";
        var book = Book("zh", new TextBlock(BlockKind.Paragraph, sentence));

        var segments = Segmenter.Segment(book)[0].Segments;

        Assert.True(segments.Count > 1);
        Assert.All(segments, s => Assert.True(s.Text.Length <= 150, s.Text));
        Assert.All(segments.SkipLast(1), s => Assert.EndsWith("，", s.Text, StringComparison.Ordinal));
        Assert.All(segments.SkipLast(1), s => Assert.Equal(PauseKind.Clause, s.PauseAfter));
        Assert.Equal(sentence, string.Concat(segments.Select(s => s.Text)));
        Assert.All(segments, s => Assert.Equal("Chinese", s.LanguageType));
    }

    [Fact]
    public void Segment_LongSentenceWithoutClauses_IsCutAtSpacesNeverInsideWordsOrNumbers()
    {
        var words = Enumerable.Range(0, 120).Select(i => $"word{i} 1,234.5{i}");
        var sentence = string.Join(" ", words) + ".";
        var book = Book("en", new TextBlock(BlockKind.Paragraph, sentence));

        var segments = Segmenter.Segment(book)[0].Segments;

        Assert.All(segments, s => Assert.True(s.Text.Length <= 350));
        Assert.Equal(sentence, string.Join(" ", segments.Select(s => s.Text)));
        var tokens = sentence.Split(' ').ToHashSet();
        Assert.All(segments.SelectMany(s => s.Text.Split(' ')), token => Assert.Contains(token, tokens));
    }

    [Fact]
    public void Segment_LongCjkRunWithoutPunctuation_IsCutBetweenCharacters()
    {
        var text = new string('灯', 400) + "123456" + new string('塔', 10);
        var book = Book("zh", new TextBlock(BlockKind.Paragraph, text));

        var segments = Segmenter.Segment(book)[0].Segments;

        Assert.All(segments, s => Assert.True(s.Text.Length <= 150));
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Contains(segments, s => s.Text.Contains("123456", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_TailFragment_IsNotLeftTiny()
    {
        // 345 characters then a 5-character tail: the cut moves back so no piece is under MinChars.
        var sentence = string.Join(", ", Enumerable.Repeat("abcdefghijklmnopqrstuvwxyz", 13)) + " tail.";
        var book = Book("en", new TextBlock(BlockKind.Paragraph, sentence));

        var segments = Segmenter.Segment(book)[0].Segments;

        Assert.All(segments, s => Assert.True(s.Text.Length >= 10, s.Text));
    }

    [Fact]
    public void Segment_MixedParagraph_SplitsByLanguage()
    {
        var book = Book("zh", new TextBlock(BlockKind.Paragraph,
            "She did not know it yet, but that line would change her life. 她还不知道，这一行字会改变她的一生。"));

        var segments = Segmenter.Segment(book)[0].Segments;

        Assert.Equal(["English", "Chinese"], segments.Select(s => s.LanguageType));
    }

    [Fact]
    public void Segment_BlockLanguage_OverridesBookLanguage()
    {
        var book = Book("en", new TextBlock(BlockKind.Paragraph, "Bonjour tout le monde.", "fr"));
        Assert.Equal("French", Segmenter.Segment(book)[0].Segments[0].LanguageType);
    }

    [Fact]
    public void Segment_Lexicons_AppliedGlobalThenBookBeforeKey()
    {
        var global = LexiconParser.Parse("colour => color", "g");
        var bookLexicon = LexiconParser.Parse("color => kuh-ler", "b");
        var book = Book("en", new TextBlock(BlockKind.Paragraph, "What colour is it?")) with { Lexicon = bookLexicon };

        var segment = Segmenter.Segment(book, global)[0].Segments[0];

        Assert.Equal("What kuh-ler is it?", segment.Text);
        Assert.Equal(ContentKey.For("English", "What kuh-ler is it?"), segment.ContentKey);
    }

    [Fact]
    public void Segment_InvisibleCharactersAndSpaces_AreCleaned()
    {
        var book = Book("en", new TextBlock(BlockKind.Paragraph, "  Soft\u00ADhyphen and\u200B   gaps.  "));
        Assert.Equal("Softhyphen and gaps.", Segmenter.Segment(book)[0].Segments[0].Text);
    }

    [Fact]
    public void Segment_EmptyAndSceneBreakOnlyChapter_HasNoSegments()
    {
        var book = Book("en", new TextBlock(BlockKind.Paragraph, " \u200B "), new TextBlock(BlockKind.SceneBreak, string.Empty));
        Assert.Empty(Segmenter.Segment(book)[0].Segments);
    }

    [Fact]
    public void BilledCharacters_Chapter_SumsSegments()
    {
        var book = Book("zh", new TextBlock(BlockKind.Heading, "第一章"), new TextBlock(BlockKind.Paragraph, "你好，world。"));
        var chapter = Segmenter.Segment(book)[0];
        Assert.Equal(6 + 11, chapter.BilledCharacters);
    }

    [Fact]
    public void Segment_LexiconAndMessySpaces_BlockSpanIsTheDisplayedSentence()
    {
        const string text = "Dr.  Bell  arrived on the 4.15 train. He asked about the lamp.";
        var book = Book("en", new TextBlock(BlockKind.Paragraph, text)) with { Lexicon = LexiconParser.Parse("Dr. => Doctor", "b") };
        var options = new SegmenterOptions { MaxChars = 40 };

        var segments = new BookSegmenter(options).Segment(book)[0].Segments;

        Assert.Equal(["Doctor Bell arrived on the 4.15 train.", "He asked about the lamp."], segments.Select(s => s.Text));
        Assert.Equal(["Dr.  Bell  arrived on the 4.15 train.", "He asked about the lamp."], segments.Select(s => text.Substring(s.BlockSpan!.Value.Start, s.BlockSpan.Value.Length)));
    }

    [Fact]
    public void Segment_ChineseLongSentence_BlockSpansCoverTheBlockInOrder()
    {
        var text = string.Concat(Enumerable.Repeat("灯塔的光照亮了海面，", 30)) + "然后熄灭了。";
        var segments = Segmenter.Segment(Book("zh", new TextBlock(BlockKind.Paragraph, text)))[0].Segments;

        Assert.True(segments.Count > 1);
        Assert.Equal(text, string.Concat(segments.Select(s => text.Substring(s.BlockSpan!.Value.Start, s.BlockSpan.Value.Length))));
    }

    [Fact]
    public void Constructor_MinCharsNotBelowMax_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BookSegmenter(new SegmenterOptions { MaxCharsCjk = 20, MinChars = 20 }));

    private static Book Book(string language, params TextBlock[] blocks) =>
        new(new BookMetadata { Title = "T", Language = language }, [new Chapter(0, "C", blocks)]);
}
