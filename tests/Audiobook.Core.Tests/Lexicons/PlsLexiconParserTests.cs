using Audiobook.Core.Lexicons;

namespace Audiobook.Core.Tests.Lexicons;

public sealed class PlsLexiconParserTests
{
    private const string Pls = """
        <?xml version="1.0" encoding="UTF-8"?>
        <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
                 alphabet="ipa" xml:lang="en-US">
          <lexeme>
            <grapheme>Nguyen</grapheme>
            <grapheme>NGUYEN</grapheme>
            <phoneme>wɪn</phoneme>
            <alias>Win</alias>
          </lexeme>
          <lexeme><grapheme>W3C</grapheme><alias>World Wide Web Consortium</alias><alias>ignored</alias></lexeme>
          <lexeme>
            <grapheme>tomato</grapheme>
            <phoneme>təˈmeɪtoʊ</phoneme>
          </lexeme>
        </lexicon>
        """;

    [Fact]
    public void Parse_LexemesWithAlias_BecomeEntries()
    {
        var lexicon = PlsLexiconParser.Parse(Pls, "lexicon.pls");
        Assert.Equal(
            [
                new LexiconEntry("Nguyen", "Win", true, true, "en"),
                new LexiconEntry("NGUYEN", "Win", true, true, "en"),
                new LexiconEntry("W3C", "World Wide Web Consortium", true, true, "en"),
            ],
            lexicon.Entries);
    }

    [Fact]
    public void Parse_Stream_ReadsSameEntries()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Pls));
        Assert.Equal(3, PlsLexiconParser.Parse(stream, "lexicon.pls").Entries.Count);
    }

    [Fact]
    public void Parse_ExternalEntity_IsNotResolved()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lexicon [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" xml:lang="en">
              <lexeme><grapheme>a</grapheme><alias>&xxe;</alias></lexeme>
            </lexicon>
            """;
        var ex = Record.Exception(() => PlsLexiconParser.Parse(xml, "evil.pls"));
        if (ex is null)
        {
            var entries = PlsLexiconParser.Parse(xml, "evil.pls").Entries;
            Assert.DoesNotContain(entries, e => e.Replacement.Contains("root", StringComparison.Ordinal));
        }
        else
        {
            Assert.IsType<LexiconFormatException>(ex);
        }
    }

    [Theory]
    [InlineData("<lexicon", "malformed XML")]
    [InlineData("<root/>", "not a PLS lexicon")]
    public void Parse_NotPls_ThrowsNamingTheFile(string xml, string expected)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => PlsLexiconParser.Parse(xml, "bad.pls"));
        Assert.StartsWith("bad.pls: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
