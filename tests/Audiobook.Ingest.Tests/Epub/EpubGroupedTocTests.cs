using System.Globalization;
using System.Text;
using Audiobook.Core.Books;
using Audiobook.Core.Costs;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// Grouped and nested tables of contents (docs/epub.md, "Chapters"): chapters follow the linked entries at the depth
/// that gives listenable chapters, group headings become title prefixes, and no chapter runs over two hours when the
/// TOC has finer linked entries. Lengths are estimated with Core's <see cref="SpeechRateModel"/>.
/// </summary>
public sealed class EpubGroupedTocTests
{
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    private static Book ReadFixture(string name, IngestOptions? options = null)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryRoot.Path, "tests", "Audiobook.Ingest.Tests", "Fixtures", name));
        return Ingest.Epub.EpubBookReader.Read(stream, options ?? IngestOptions.Default, name);
    }

    private static TimeSpan Length(Chapter chapter) =>
        TimeSpan.FromSeconds(chapter.Blocks.Sum(b => SpeechRateModel.Default.Seconds(b.Text)));

    // One spine document (book.xhtml) with the given nav items and body.
    private static Book OneDocument(string navItems, string body)
    {
        var opf = EpubMarkup.Opf(EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + EpubMarkup.Item("book", "book.xhtml"), EpubMarkup.ItemRef("book"));
        return SimpleEpub.Read(new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/nav.xhtml", EpubMarkup.Nav(navItems))
            .AddFile("OEBPS/book.xhtml", EpubMarkup.Xhtml(body)));
    }

    // A linked entry with its sections as a hidden sub-list, and the matching body: heading plus sections of prose.
    private static (string Nav, string Body) Story(Random random, string id, string title, int sections, int sectionChars)
    {
        var nav = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""<li><a href="book.xhtml#{id}">{title}</a><ol hidden="">""");
        var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""<section id="{id}"><h3>{title}</h3>""");
        for (var i = 1; i <= sections; i++)
        {
            nav.Append(CultureInfo.InvariantCulture, $"""<li><a href="book.xhtml#{id}-{i}">{i}</a></li>""");
            body.Append(CultureInfo.InvariantCulture, $"""<section id="{id}-{i}"><h4>{i}</h4>""").Append(GeneratedAnthology.Paragraphs(random, sectionChars)).Append("</section>");
        }

        return (nav.Append("</ol></li>").ToString(), body.Append("</section>").ToString());
    }

    [Fact]
    public void Read_GroupedAnthologyFixture_GivesTheStoriesUnderTheirAuthorsAndParts()
    {
        var book = ReadFixture("grouped-anthology.epub");

        Assert.Equal(
            [
                "Foreword", "Part One: Tales of the Coast", "Mara Quillon — The Lamp Room", "Mara Quillon — Low Water",
                "Tomas Verrick — The Net-Mender", "Tomas Verrick — Fog Signal",
                "Part Two: Letters from the Point — The First Letter", "Part Two: Letters from the Point — The Second Letter",
                "Afterword", "A Note on the Text",
            ],
            book.Chapters.Select(c => c.Title));
        var lampRoom = book.Chapters[2];
        Assert.Equal(["The Lamp Room", "I", "II", "III"], lampRoom.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void Read_GroupedAnthologyFixtureWithMatter_KeepsTitlePageAndEndnotesWhereTheyStand()
    {
        var book = ReadFixture("grouped-anthology.epub", IngestOptions.Default with { IncludeFrontMatter = true, IncludeBackMatter = true });

        Assert.Equal(ChapterKind.FrontMatter, book.Chapters[0].Kind);
        Assert.StartsWith("Salt and Lantern", book.Chapters[0].Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(("Endnotes", ChapterKind.BackMatter), (book.Chapters[^1].Title, book.Chapters[^1].Kind));
        Assert.DoesNotContain(book.Chapters.SelectMany(c => c.Blocks), b => b.Text.Contains("pop-up plate", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FragmentInsideAParagraphThatIsNoChapter_KeepsTheParagraphWhole()
    {
        var book = ReadFixture("grouped-anthology.epub");

        var fogSignal = Assert.Single(book.Chapters, c => c.Title.EndsWith("Fog Signal", StringComparison.Ordinal));
        Assert.Equal(3, fogSignal.Blocks.Count);
        Assert.Contains("nobody in the town heard it any more. After the second, they heard nothing else.", fogSignal.Blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NcxNestedFourDeep_GivesChaptersWithTheirSectionsInsideAndEveryLevelAboveAsItsTitlePage()
    {
        var book = ReadFixture("nested-ncx.epub");

        Assert.Equal(
            [
                "THE CLOCKWORK ORCHARD", "PREFACE", "VOLUME ONE", "BOOK I. SPRING", "CHAPTER I. THE GATE", "CHAPTER II. GRAFTING",
                "BOOK II. SUMMER", "CHAPTER III. THE DRY SPELL", "VOLUME TWO — BOOK III. AUTUMN", "CHAPTER IV. THE PICKERS",
                "CHAPTER V. THE LAST APPLE",
            ],
            book.Chapters.Select(c => c.Title));
        Assert.Equal(["CHAPTER III. THE DRY SPELL", "i.", "ii.", "iii."], book.Chapters[7].Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void Read_AnthologyOf290000CharactersInOneDocument_GivesItsStoriesAndNoChapterOverTwoHours()
    {
        var book = SimpleEpub.Read(GeneratedAnthology.Build());

        Assert.InRange(book.Chapters.Sum(c => c.Blocks.Sum(b => b.Text.Length)), 280_000, 300_000);
        Assert.All(book.Chapters, c => Assert.True(Length(c) <= TwoHours, $"{c.Title}: {Length(c)}"));
        var stories = book.Chapters.Where(c => c.Title.Contains("Story", StringComparison.Ordinal)).ToList();
        Assert.Equal(18, stories.Count);
        Assert.Equal("Author 1.1 — Story 1", stories[0].Title);
        Assert.Equal("Author 3.3 — Story 18", stories[^1].Title);
        Assert.All(stories, s => Assert.Equal(7, s.Blocks.Count(b => b.Kind == BlockKind.Heading)));
        Assert.DoesNotContain(book.Chapters, c => c.Title.StartsWith("Chapter ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PartLongerThanAnHourWithChapterSizedEntries_IsSplitIntoThem()
    {
        // Two parts of six 15-minute chapters (1.5 h each) whose titles say nothing about being chapters, in one document.
        var random = new Random(7);
        var nav = new StringBuilder();
        var body = new StringBuilder();
        for (var part = 1; part <= 2; part++)
        {
            nav.Append(CultureInfo.InvariantCulture, $"""<li><a href="book.xhtml#part-{part}">Part {part}</a><ol>""");
            body.Append(CultureInfo.InvariantCulture, $"""<section id="part-{part}"><h2>Part {part}</h2>""");
            for (var chapter = 1; chapter <= 6; chapter++)
            {
                var id = $"p{part}c{chapter}";
                nav.Append(CultureInfo.InvariantCulture, $"""<li><a href="book.xhtml#{id}">The Crossing {part}.{chapter}</a></li>""");
                body.Append(CultureInfo.InvariantCulture, $"""<section id="{id}"><h3>The Crossing {part}.{chapter}</h3>""").Append(GeneratedAnthology.Paragraphs(random, 13_500)).Append("</section>");
            }

            nav.Append("</ol></li>");
            body.Append("</section>");
        }

        var book = OneDocument(nav.ToString(), body.ToString());

        Assert.Equal(14, book.Chapters.Count);
        Assert.Equal(["Part 1", "The Crossing 1.1"], book.Chapters.Take(2).Select(c => c.Title));
        Assert.All(book.Chapters, c => Assert.True(Length(c) < TimeSpan.FromMinutes(20), $"{c.Title}: {Length(c)}"));
    }

    [Fact]
    public void Read_StoryUnderAnHourWithTinySections_StaysOneChapter()
    {
        var (nav, body) = Story(new Random(1), "tide", "The Tide Clock", sections: 12, sectionChars: 2_500);

        var book = OneDocument(nav + EpubMarkup.NavItem("book.xhtml#end", "Afterword"), body + "<section id=\"end\"><h2>Afterword</h2><p>The end.</p></section>");

        Assert.Equal(["The Tide Clock", "Afterword"], book.Chapters.Select(c => c.Title));
        Assert.Equal(13, book.Chapters[0].Blocks.Count(b => b.Kind == BlockKind.Heading));
    }

    [Fact]
    public void Read_PartOverAnHourMadeOfTinySections_StaysOneChapter()
    {
        // 40 sections of about 1.5 minutes: 70 minutes, but splitting would give tracks far shorter than a chapter.
        var (nav, body) = Story(new Random(2), "logbook", "The Keeper's Logbook", sections: 40, sectionChars: 1_600);

        var book = OneDocument(nav, body);

        var chapter = Assert.Single(book.Chapters);
        Assert.InRange(Length(chapter), TimeSpan.FromHours(1), TwoHours);
    }

    [Fact]
    public void Read_StoryOverTwoHoursMadeOfTinySections_IsCutAtItsSectionsNamedAfterIt()
    {
        // 50 sections of about 3 minutes: 2.5 hours, too long for one chapter however small its sections are.
        var (nav, body) = Story(new Random(3), "long", "The Long Watch", sections: 50, sectionChars: 2_700);

        var book = OneDocument(nav, body);

        Assert.Equal(51, book.Chapters.Count);
        Assert.Equal(["The Long Watch", "The Long Watch — 1", "The Long Watch — 2"], book.Chapters.Take(3).Select(c => c.Title));
        Assert.All(book.Chapters, c => Assert.True(Length(c) <= TwoHours, $"{c.Title}: {Length(c)}"));
    }

    [Fact]
    public void Read_ChapterLabelledEntriesDeepInsideAPart_SplitThePartAtEveryLevel()
    {
        var book = OneDocument(
            EpubMarkup.NavItem("book.xhtml#v1", "Volume One", EpubMarkup.NavItem("book.xhtml#b1", "Book the First", EpubMarkup.NavItem("book.xhtml#c1", "Chapter the First") + EpubMarkup.NavItem("book.xhtml#c2", "Chapter the Second"))),
            """<h1 id="v1">Volume One</h1><h2 id="b1">Book the First</h2><h3 id="c1">Chapter the First</h3><p>One.</p><h3 id="c2">Chapter the Second</h3><p>Two.</p>""");

        Assert.Equal(["Volume One", "Book the First", "Chapter the First", "Chapter the Second"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_EntryPointingWhereItsFirstChildPoints_IsAGroupHeadingPrefixedToItsEntries()
    {
        var book = OneDocument(
            EpubMarkup.NavItem("book.xhtml#a", "Ann Author", EpubMarkup.NavItem("book.xhtml#a", "First Tale") + EpubMarkup.NavItem("book.xhtml#a2", "Second Tale"))
                + EpubMarkup.NavItem("book.xhtml#b", "Bo Writer", EpubMarkup.NavItem("book.xhtml#b", "Third Tale")),
            """<section id="a"><h2>Ann Author</h2><h3>First Tale</h3><p>One.</p><h3 id="a2">Second Tale</h3><p>Two.</p></section><section id="b"><h2>Bo Writer</h2><h3>Third Tale</h3><p>Three.</p></section>""");

        Assert.Equal(["Ann Author — First Tale", "Ann Author — Second Tale", "Bo Writer — Third Tale"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Ann Author", "First Tale", "One."], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_GroupsOfNumberedChapters_KeepTheChapterTitlesWithoutAPrefix()
    {
        var book = OneDocument(
            """<li><span>Part One</span><ol><li><a href="book.xhtml#c1">Chapter 1. Fog</a></li><li><a href="book.xhtml#c2">Interlude</a></li></ol></li>"""
                + """<li><span>Part Two</span><ol><li><a href="book.xhtml#c3">Chapter 2. Rain</a></li></ol></li>""",
            """<h2 id="c1">Chapter 1. Fog</h2><p>One.</p><h2 id="c2">Interlude</h2><p>Between.</p><h2 id="c3">Chapter 2. Rain</h2><p>Two.</p>""");

        Assert.Equal(["Chapter 1. Fog", "Part One — Interlude", "Chapter 2. Rain"], book.Chapters.Select(c => c.Title));
    }
}
