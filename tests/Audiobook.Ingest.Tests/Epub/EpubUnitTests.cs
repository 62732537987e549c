using Audiobook.Ingest.Epub;

namespace Audiobook.Ingest.Tests.Epub;

public sealed class EpubUnitTests
{
    [Theory]
    [InlineData("OEBPS/content.opf", "text/ch1.xhtml", "OEBPS/text/ch1.xhtml", null)]
    [InlineData("OEBPS/text/ch1.xhtml", "../images/a%20b.png", "OEBPS/images/a b.png", null)]
    [InlineData("OEBPS/text/ch1.xhtml", "./ch2.xhtml#sec%201", "OEBPS/text/ch2.xhtml", "sec 1")]
    [InlineData("OEBPS/text/ch1.xhtml", "#note", "OEBPS/text/ch1.xhtml", "note")]
    [InlineData("OEBPS/content.opf", "../../../../etc/passwd", "etc/passwd", null)]
    [InlineData("OEBPS/content.opf", "/Text/x.xhtml?v=1", "Text/x.xhtml", null)]
    [InlineData("content.opf", "Text\\x.xhtml", "Text/x.xhtml", null)]
    public void Resolve_RelativeHref_GivesEntryNameAndFragment(string basePath, string href, string path, string? fragment)
    {
        Assert.Equal(new EpubHref(path, fragment), EpubPath.Resolve(basePath, href));
    }

    [Theory]
    [InlineData("http://example.com/x.xhtml")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("data:text/html,hi")]
    [InlineData("   ")]
    public void Resolve_ExternalOrEmptyHref_GivesNull(string href)
    {
        Assert.Null(EpubPath.Resolve("OEBPS/content.opf", href));
    }

    [Theory]
    [InlineData("<p>a<span id=\"x\"/>b</p>", "<p>a<span id=\"x\"></span>b</p>")]
    [InlineData("<title/><p>x</p>", "<title></title><p>x</p>")]
    [InlineData("<br/><hr /><img src=\"a/b.png\"/>", "<br/><hr /><img src=\"a/b.png\"/>")]
    [InlineData("<a title=\"a/>b\"/>", "<a title=\"a/>b\"></a>")]
    [InlineData("<!-- <div/> --><script>if (a<b) x = '<p/>';</script>", "<!-- <div/> --><script>if (a<b) x = '<p/>';</script>")]
    [InlineData("1 < 2 and <", "1 < 2 and <")]
    public void Rewrite_SelfClosingNonVoidTags_AreClosedAndTheRestIsKept(string markup, string expected)
    {
        Assert.Equal(expected, XhtmlMarkupRewriter.Rewrite(markup, "x.xhtml"));
    }

    [Fact]
    public void Rewrite_DeepButBalancedSiblings_AreAccepted()
    {
        var markup = string.Concat(Enumerable.Repeat("<div><p>x</p></div>", 100_000));

        Assert.Equal(markup, XhtmlMarkupRewriter.Rewrite(markup, "x.xhtml"));
    }

    [Theory]
    [InlineData("Copyright", true)]
    [InlineData("Copyright © 2025", true)]
    [InlineData("About the Author", true)]
    [InlineData("Also by Ann Author", true)]
    [InlineData("Table of Contents", true)]
    [InlineData("目录", true)]
    [InlineData("Chapter 1", false)]
    [InlineData("Prologue", false)]
    [InlineData("Epilogue", false)]
    [InlineData("The Index Finger", false)]
    public void IsMatterLabel_Label_IsRecognised(string label, bool expected)
    {
        Assert.Equal(expected, EpubMatterClassifier.IsMatterLabel(label));
    }

    [Theory]
    [InlineData("OEBPS/cover.xhtml", true)]
    [InlineData("OEBPS/Text/copyright_page.html", true)]
    [InlineData("OEBPS/titlepage.xhtml", true)]
    [InlineData("OEBPS/about-the-author.xhtml", true)]
    [InlineData("OEBPS/discovery.xhtml", false)]
    [InlineData("OEBPS/index_split_003.html", false)]
    [InlineData("OEBPS/chapter-title.xhtml", false)]
    public void IsMatterFile_FileName_IsRecognised(string path, bool expected)
    {
        Assert.Equal(expected, EpubMatterClassifier.IsMatterFile(path));
    }
}
