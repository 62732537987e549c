using System.Globalization;
using System.Text;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>
/// A large anthology in the shape of the real one that came out as a single 5 h 22 min chapter: the whole book in one
/// spine document addressed by fragments; a TOC with a title page, a wrapper entry for the book (its half title), a
/// foreword, linked parts, unlinked author groups (<c>span</c>), stories, and hidden sub-lists of tiny numbered sections.
/// The prose is generated from a fixed pool of sentences with a fixed seed, so the book is the same on every run.
/// </summary>
internal static class GeneratedAnthology
{
    private static readonly string[] Sentences =
    [
        "The tide came in over the flat sand faster than a man could walk.",
        "Nobody on the quay remembered who had painted the harbour wall blue, or why.",
        "She counted the boats twice and got a different answer each time.",
        "The wind went round to the north before dawn, and the gulls went with it.",
        "He kept the key to the boathouse on a string around his neck, where it rusted.",
        "By noon the fog had thinned enough to show the end of the pier, and nothing beyond it.",
        "There were eleven steps down to the water and one of them was always missing.",
        "The lamp burned all night, as it had every night for forty years.",
        "Her letters arrived in bundles, tied with net twine, smelling of tar.",
        "Nobody spoke in the kitchen while the shipping forecast was on.",
    ];

    /// <summary>Builds the book: <paramref name="parts"/> parts of <paramref name="authorsPerPart"/> authors with
    /// <paramref name="storiesPerAuthor"/> stories of <paramref name="sectionsPerStory"/> sections of about
    /// <paramref name="sectionChars"/> characters each.</summary>
    public static EpubBuilder Build(int parts = 3, int authorsPerPart = 3, int storiesPerAuthor = 2, int sectionsPerStory = 6, int sectionChars = 2_560)
    {
        var random = new Random(20250201);
        var nav = new StringBuilder();
        var body = new StringBuilder();
        body.Append("<section id=\"titlepage\" epub:type=\"titlepage\"><h1>The Long Harbour</h1><p>An Anthology</p></section>");
        body.Append("<section id=\"halftitle\"><h2>The Long Harbour</h2></section>");
        body.Append("<section id=\"foreword\"><h2>Foreword</h2>").Append(Paragraphs(random, 1_500)).Append("</section>");
        nav.Append("<li><a href=\"book.xhtml#titlepage\">Title Page</a></li>");
        nav.Append("<li><a href=\"book.xhtml#halftitle\">The Long Harbour</a><ol>");
        nav.Append("<li><a href=\"book.xhtml#foreword\">Foreword</a></li>");
        var story = 0;
        for (var part = 1; part <= parts; part++)
        {
            var partId = Invariant($"part-{part}");
            body.Append(Invariant($"<section id=\"{partId}\" epub:type=\"part\"><h2>Part {part}</h2>"));
            nav.Append(Invariant($"<li><a href=\"book.xhtml#{partId}\">Part {part}</a><ol>"));
            for (var author = 1; author <= authorsPerPart; author++)
            {
                nav.Append(Invariant($"<li><span>Author {part}.{author}</span><ol>"));
                for (var s = 1; s <= storiesPerAuthor; s++)
                {
                    story++;
                    var storyId = Invariant($"story-{story}");
                    body.Append(Invariant($"<article id=\"{storyId}\"><h3>Story {story}</h3><p>Author {part}.{author}</p>"));
                    nav.Append(Invariant($"<li><a href=\"book.xhtml#{storyId}\">Story {story}</a><ol hidden=\"\">"));
                    for (var section = 1; section <= sectionsPerStory; section++)
                    {
                        var sectionId = Invariant($"{storyId}-{section}");
                        body.Append(Invariant($"<section id=\"{sectionId}\"><h4>{section}</h4>")).Append(Paragraphs(random, sectionChars)).Append("</section>");
                        nav.Append(Invariant($"<li><a href=\"book.xhtml#{sectionId}\">{section}</a></li>"));
                    }

                    body.Append("</article>");
                    nav.Append("</ol></li>");
                }

                nav.Append("</ol></li>");
            }

            body.Append("</section>");
            nav.Append("</ol></li>");
        }

        nav.Append("</ol></li>");
        var opf = EpubMarkup.Opf(
            EpubMarkup.Item("nav", "nav.xhtml", properties: "nav") + EpubMarkup.Item("book", "book.xhtml"),
            EpubMarkup.ItemRef("book"));
        return new EpubBuilder().WithOpf(opf)
            .AddFile("OEBPS/nav.xhtml", EpubMarkup.Nav(nav.ToString()))
            .AddFile("OEBPS/book.xhtml", EpubMarkup.Xhtml(body.ToString(), "The Long Harbour"));
    }

    /// <summary>Paragraphs of generated prose, about <paramref name="chars"/> characters of text in all.</summary>
    public static string Paragraphs(Random random, int chars)
    {
        var text = new StringBuilder();
        while (text.Length < chars)
        {
            text.Append("<p>");
            for (var i = 0; i < 5; i++)
            {
                text.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
            }

            text.Length--;
            text.Append("</p>");
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
