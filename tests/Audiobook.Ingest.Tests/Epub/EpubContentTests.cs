using Audiobook.Core.Books;

namespace Audiobook.Ingest.Tests.Epub;

public sealed class EpubContentTests
{
    private static IReadOnlyList<TextBlock> Blocks(string body)
    {
        var book = SimpleEpub.Read(SimpleEpub.Epub3(("ch1.xhtml", "One", body)));
        return Assert.Single(book.Chapters).Blocks;
    }

    private static List<string> Texts(string body) => Blocks(body).Select(b => b.Text).ToList();

    [Fact]
    public void Read_HeadingsAndParagraphs_BecomeBlocksInOrder()
    {
        var blocks = Blocks("<h1>Chapter  One</h1><p>First\n   paragraph.</p><div><p>Second.</p> Tail text.</div>");

        Assert.Equal(
            [
                new TextBlock(BlockKind.Heading, "Chapter One"),
                new TextBlock(BlockKind.Paragraph, "First paragraph."),
                new TextBlock(BlockKind.Paragraph, "Second."),
                new TextBlock(BlockKind.Paragraph, "Tail text."),
            ],
            blocks.Select(b => b with { Source = null }));
    }

    [Fact]
    public void Read_NoteReferencesAndNoteBodies_AreSkipped()
    {
        var texts = Texts("""
            <p>Text<a epub:type="noteref" href="#n1">1</a> and more<a role="doc-noteref" href="#n2">2</a> and<sup><a href="#fn3">3</a></sup> end.</p>
            <aside epub:type="footnote" id="n1"><p>Footnote one.</p></aside>
            <aside role="doc-footnote" id="n2"><p>Footnote two.</p></aside>
            <section epub:type="endnotes"><ol><li id="fn3">Endnote three.</li></ol></section>
            <div class="footnote"><p>Converted note.</p></div>
            """);

        Assert.Equal(["Text and more and end."], texts);
    }

    [Fact]
    public void Read_OrdinaryLinksToNotesSections_AreKept()
    {
        var texts = Texts("""<p>See <a href="#notes-on-style">here</a> and <a href="other.xhtml#fn">the list</a>[<a href="#note7">7</a>].</p>""");

        Assert.Equal(["See here and the list."], texts);
    }

    [Fact]
    public void Read_Ruby_KeepsBaseTextOnly()
    {
        var texts = Texts("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>を読む。</p>");

        Assert.Equal(["漢字を読む。"], texts);
    }

    [Fact]
    public void Read_PageBreakMarkers_AreSkippedAndSelfClosingOnesKeepTheText()
    {
        var texts = Texts("""
            <p>Before <span epub:type="pagebreak" id="p12" title="12"/>after the break.</p>
            <p>Role <span role="doc-pagebreak" aria-label="13">13</span>break.</p>
            <p>Gutenberg <span class="pagenum" id="Page_14">[14]</span>style.</p>
            <div epub:type="pagebreak" id="p15"></div>
            """);

        Assert.Equal(["Before after the break.", "Role break.", "Gutenberg style."], texts);
    }

    [Fact]
    public void Read_SceneBreaks_FromHrTransitionAndOrnaments()
    {
        var kinds = Blocks("""
            <p>One.</p><hr/><p>Two.</p><div epub:type="transition"></div><p>Three.</p>
            <p class="center">* * *</p><p>Four.</p><hr/><hr/><p>Five.</p><h3>⁂</h3><p>Six.</p><hr/>
            """).Select(b => b.Kind).ToList();

        Assert.Equal(
            [
                BlockKind.Paragraph, BlockKind.SceneBreak, BlockKind.Paragraph, BlockKind.SceneBreak, BlockKind.Paragraph,
                BlockKind.SceneBreak, BlockKind.Paragraph, BlockKind.SceneBreak, BlockKind.Paragraph, BlockKind.SceneBreak,
                BlockKind.Paragraph,
            ],
            kinds);
    }

    [Fact]
    public void Read_ListsQuotesDefinitionsCaptionsAndPre_AreParagraphs()
    {
        var texts = Texts("""
            <ul><li>Apple</li><li>Pear <ul><li>Nested</li></ul></li></ul>
            <blockquote><p>Quoted.</p></blockquote>
            <dl><dt>Term</dt><dd>Definition.</dd></dl>
            <figure><img src="x.png" alt="A picture"/><figcaption>Caption.</figcaption></figure>
            <pre>line one
              line two</pre>
            """);

        Assert.Equal(["Apple", "Pear", "Nested", "Quoted.", "Term", "Definition.", "Caption.", "line one line two"], texts);
    }

    [Fact]
    public void Read_TableRows_JoinCells()
    {
        var texts = Texts("""
            <table><caption>Prices</caption><thead><tr><th>Item</th><th>Cost</th></tr></thead>
            <tbody><tr><td>Tea</td><td>2, or 3</td></tr></tbody></table>
            """);

        Assert.Equal(["Prices", "Item; Cost", "Tea; 2, or 3"], texts);
    }

    [Fact]
    public void Read_ScriptsStylesSvgAndHidden_AreSkipped()
    {
        var texts = Texts("""
            <style>p { color: red }</style><script>var x = "<p>no</p>";</script>
            <p>Seen<span hidden="hidden"> hidden</span><span aria-hidden="true"> aria</span><span style="display: none"> none</span>.</p>
            <svg xmlns="http://www.w3.org/2000/svg"><text>svg text</text></svg>
            <p>E = <math xmlns="http://www.w3.org/1998/Math/MathML" alttext="m c squared"><mi>m</mi></math>.</p>
            """);

        Assert.Equal(["Seen.", "E = m c squared ."], texts);
    }

    [Fact]
    public void Read_NbspAndEntities_AreDecodedAndFolded()
    {
        var texts = Texts("<p>A&nbsp;&nbsp;B &amp; C&#8212;D&mdash;E</p>");

        Assert.Equal(["A B & C—D—E"], texts);
    }

    [Fact]
    public void Read_SelfClosingTitleOrDivInXhtml_DoesNotSwallowTheDocument()
    {
        var book = SimpleEpub.Read(new EpubBuilder()
            .WithOpf(EpubMarkup.Opf(EpubMarkup.Item("c", "c.xhtml"), EpubMarkup.ItemRef("c")))
            .AddFile("OEBPS/c.xhtml", """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head>
                <body><div id="top"/><p>Still here.</p><a id="x"/><p>And here.</p></body></html>
                """));

        Assert.Equal(["Still here.", "And here."], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_LanguageAttributes_SetBlockLanguageOnlyWhenDifferent()
    {
        var blocks = Blocks("""
            <p>English.</p>
            <p xml:lang="fr">Bonjour.</p>
            <div lang="zh-CN"><p>你好。</p><p lang="en">Back to English.</p></div>
            <p>Inline <span lang="de">Wort</span> stays.</p>
            """);

        Assert.Equal([null, "fr", "zh-CN", null, null], blocks.Select(b => b.Language));
    }

    [Fact]
    public void Read_BlockLanguage_IsKeptWhenTheBookHasNoLanguage()
    {
        var opf = EpubMarkup.Opf(EpubMarkup.Item("c", "c.xhtml"), EpubMarkup.ItemRef("c"), metadata: "<dc:title>No Language</dc:title>");
        var book = SimpleEpub.Read(new EpubBuilder().WithOpf(opf).AddFile("OEBPS/c.xhtml", EpubMarkup.Xhtml("<p>Hello.</p>", lang: "en-GB")));

        Assert.Null(book.Metadata.Language);
        Assert.Equal("en-GB", book.Chapters[0].Blocks[0].Language);
    }

    [Fact]
    public void Read_Nfc_IsApplied()
    {
        var texts = Texts("<p>Cafe\u0301</p>");

        Assert.Equal(["Caf\u00e9"], texts);
    }

    [Fact]
    public void Read_DropCapImage_JoinsItsWord()
    {
        var texts = Texts("""<p><img src="t.png" alt="T"/>he night was dark. <img src="deco.png" alt="ornament"/></p>""");

        Assert.Equal(["The night was dark."], texts);
    }

    [Fact]
    public void Read_VeryLongParagraph_IsCutAtSentenceEnds()
    {
        var sentence = "This sentence has some words. ";
        var body = "<p>" + string.Concat(Enumerable.Repeat(sentence, 200)) + "</p>";
        var book = SimpleEpub.Read(SimpleEpub.Epub3(("ch1.xhtml", "One", body)), IngestOptions.Default with { MaxParagraphChars = 1000 });

        var blocks = book.Chapters[0].Blocks;
        Assert.True(blocks.Count >= 6);
        Assert.All(blocks, b => Assert.True(b.Text.Length <= 1000 && b.Text.EndsWith('.')));
        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 200)).Trim(), string.Join(' ', blocks.Select(b => b.Text)));
    }
}
