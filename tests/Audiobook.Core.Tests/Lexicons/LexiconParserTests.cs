using Audiobook.Core.Lexicons;

namespace Audiobook.Core.Tests.Lexicons;

public sealed class LexiconParserTests
{
    [Fact]
    public void Parse_EntriesCommentsAndFlags_ReadsEveryEntry()
    {
        const string text = """
            # a comment
            Qwen => Chwen

            gif => jif [nocase]
            SQL => sequel [case] [lang=en]
            ment => mint [partial]
            重庆 => 崇庆
            [sic] =>
            """;

        var lexicon = LexiconParser.Parse(text, "test.txt");

        Assert.Equal(
            [
                new LexiconEntry("Qwen", "Chwen", WholeWord: true, CaseSensitive: true),
                new LexiconEntry("gif", "jif", WholeWord: true, CaseSensitive: false),
                new LexiconEntry("SQL", "sequel", WholeWord: true, CaseSensitive: true, Language: "en"),
                new LexiconEntry("ment", "mint", WholeWord: false, CaseSensitive: false),
                new LexiconEntry("重庆", "崇庆", WholeWord: true, CaseSensitive: false),
                new LexiconEntry("[sic]", string.Empty, WholeWord: true, CaseSensitive: false),
            ],
            lexicon.Entries);
    }

    [Fact]
    public void Parse_LowerCaseTermWithoutFlag_MatchesAnyCase()
    {
        var entry = Assert.Single(LexiconParser.Parse("tolkien => tol-keen", "x").Entries);
        Assert.False(entry.CaseSensitive);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndCrLf_AreTolerated()
    {
        var lexicon = LexiconParser.Parse("\uFEFFa => b\r\nc => d\r\n", "x");
        Assert.Equal(["a", "c"], lexicon.Entries.Select(e => e.Term));
    }

    [Theory]
    [InlineData("no arrow here", "lex.txt line 1: expected 'term => replacement'")]
    [InlineData("# ok\n => nothing", "lex.txt line 2: the term before '=>' is empty")]
    [InlineData("a => b [loud]", "lex.txt line 1: unknown flag [loud] (known: [case] [nocase] [partial] [lang=xx])")]
    [InlineData("a => b => c", "lex.txt line 1: more than one '=>'")]
    public void Parse_BadLine_ThrowsWithFileAndLine(string text, string message)
    {
        var ex = Assert.Throws<LexiconFormatException>(() => LexiconParser.Parse(text, "lex.txt"));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_ShippedGlobalLexicon_Parses()
    {
        var path = Path.Combine(RepositoryRoot.Path, "config", "lexicon.txt");
        var lexicon = LexiconParser.Parse(File.ReadAllText(path), path);
        Assert.NotEmpty(lexicon.Entries);
    }
}
