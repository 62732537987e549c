using Audiobook.Core.Lexicons;

namespace Audiobook.Core.Tests.Lexicons;

public sealed class LexiconApplierTests
{
    [Theory]
    [InlineData("Qwen => Chwen", "Qwen speaks; Qwen3 and qwen do not.", "Chwen speaks; Qwen3 and qwen do not.")]
    [InlineData("gif => jif", "A GIF, a Gif, a gif; gifted.", "A jif, a jif, a jif; gifted.")]
    [InlineData("ment => mint [partial]", "segment moment", "segmint momint")]
    [InlineData("C++ => C plus plus", "I like C++, and C++17.", "I like C plus plus, and C plus plus17.")]
    [InlineData("Dr. => Doctor", "Dr. Bell and Dr.Who", "Doctor Bell and DoctorWho")]
    [InlineData("café => cafe", "Un café. CAFÉ.", "Un cafe. cafe.")]
    [InlineData("AI => 人工智能", "AI技术和AIGC", "人工智能技术和AIGC")]
    [InlineData("重庆 => 崇庆", "我在重庆。重庆很热。", "我在崇庆。崇庆很热。")]
    [InlineData("$x => y", "cost $x and $$x", "cost y and $y")]
    [InlineData("a => $1", "a b", "$1 b")]
    public void Apply_Entry_ReplacesWholeWordsOrCjkSubstrings(string line, string text, string expected)
    {
        var applier = new LexiconApplier(LexiconParser.Parse(line, "t"));
        Assert.Equal(expected, applier.Apply(text, "en"));
    }

    [Fact]
    public void Apply_SeveralLexicons_AppliesInOrder()
    {
        var global = LexiconParser.Parse("colour => color", "global");
        var book = LexiconParser.Parse("color => kuh-ler", "book");
        var applier = new LexiconApplier(global, book);
        Assert.Equal("kuh-ler", applier.Apply("colour", "en"));
    }

    [Fact]
    public void Apply_LanguageFlag_AppliesOnlyToMatchingLanguage()
    {
        var applier = new LexiconApplier(LexiconParser.Parse("SQL => sequel [lang=en]", "t"));
        Assert.Equal("sequel", applier.Apply("SQL", "en-GB"));
        Assert.Equal("sequel", applier.Apply("SQL", "EN"));
        Assert.Equal("SQL", applier.Apply("SQL", "zh"));
        Assert.Equal("SQL", applier.Apply("SQL", null));
        Assert.Equal("SQL", applier.Apply("SQL", "english"));
    }

    [Fact]
    public void Apply_NullLexicons_AreSkipped()
    {
        var applier = new LexiconApplier(null, Lexicon.Empty);
        Assert.True(applier.IsEmpty);
        Assert.Equal("same", applier.Apply("same", "en"));
    }
}
