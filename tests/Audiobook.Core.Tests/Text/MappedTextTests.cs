using Audiobook.Core.Lexicons;
using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class MappedTextTests
{
    public static TheoryData<string> Messy => new(
        "plain text",
        "  lead and trail  ",
        "many   spaces\there\nand\r\nlines",
        "no\u00A0break\u202Fnarrow\u3000ideographic",
        "zero\u200Bwidth soft\u00ADhyphen \uFEFFbom",
        "Cafe\u0301 Zu\u0308rich and e\u0301\u0301 twice",
        "か\u3099な ハ\u309A",
        "👩\u200D👩\u200D👧 emoji 🎉",
        "lone \uD800 surrogate \uDC00 here",
        "bell\u0007 control\u0001",
        "한국어 \u1100\u1161\u11A8 jamo",
        "");

    [Theory]
    [MemberData(nameof(Messy))]
    public void Normalize_AnyText_GivesTheNormalizerText(string input) =>
        Assert.Equal(TextNormalizer.Normalize(input), MappedText.Identity(input).Normalize().ToString());

    [Fact]
    public void Normalize_RandomText_GivesTheNormalizerText()
    {
        var random = new Random(11);
        string[] alphabet = ["a", "B", " ", "\t", "\n", "\u00A0", "\u0301", "\u0308", "e", "\u200B", "\u00AD", "中", "。", "\u3099", "か", "🎉", ".", "\u3000"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            Assert.Equal(TextNormalizer.Normalize(text), MappedText.Identity(text).Normalize().ToString());
        }
    }

    [Fact]
    public void Normalize_FoldedWhitespace_MapsWordsToTheirSourcePlaces()
    {
        const string source = "  One\n   two\tthree  ";
        var map = MappedText.Identity(source).Normalize().ToSourceMap();

        Assert.Equal(new TextSpan(source.IndexOf("two", StringComparison.Ordinal), 3), map.Map(new TextSpan(4, 3)));
        Assert.Equal(new TextSpan(2, source.IndexOf("three", StringComparison.Ordinal) + 5 - 2), map.Map(new TextSpan(0, 13)));
    }

    [Fact]
    public void Normalize_DecomposedAccent_MapsToBothSourceCharacters()
    {
        const string source = "Cafe\u0301 bar";
        var mapped = MappedText.Identity(source).Normalize();

        Assert.Equal("Café bar", mapped.ToString());
        Assert.Equal(new TextSpan(0, 5), mapped.ToSourceMap().Map(new TextSpan(0, 4)));
        Assert.Equal(new TextSpan(6, 3), mapped.ToSourceMap().Map(new TextSpan(5, 3)));
    }

    [Fact]
    public void Normalize_EmojiAtTheEnd_KeepsBothHalvesOfTheSurrogatePair()
    {
        const string source = "Party 🎉";
        var map = MappedText.Identity(source).Normalize().ToSourceMap();
        Assert.Equal(new TextSpan(0, source.Length), map.Map(new TextSpan(0, source.Length)));
    }

    [Fact]
    public void Append_InsertedText_HasNoSource()
    {
        var text = new MappedText();
        text.Append("abc", 10);
        text.AppendInserted(" ");
        text.Append("def", 20);
        var map = text.ToSourceMap();

        Assert.Null(map.Map(new TextSpan(3, 1)));
        Assert.Equal(new TextSpan(11, 11), map.Map(new TextSpan(1, 5)));
        Assert.Equal(3, map.Runs.Count);
    }

    [Fact]
    public void RemoveAll_EmptyBrackets_RemovesLikeStringReplaceAndKeepsTheMap()
    {
        const string source = "the list[] and (()) end";
        var removed = MappedText.Identity(source).RemoveAll("[]").RemoveAll("()");

        Assert.Equal(source.Replace("[]", "", StringComparison.Ordinal).Replace("()", "", StringComparison.Ordinal), removed.ToString());
        var end = removed.ToString().IndexOf("end", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(source.IndexOf("end", StringComparison.Ordinal), 3), removed.ToSourceMap().Map(new TextSpan(end, 3)));
    }

    [Theory]
    [InlineData("Dr. => Doctor", "Dr. Bell met Dr.Who. Then he left.", "Then he left.")]
    [InlineData("gif => jif", "A GIF, a Gif; a gif arrived.", "a jif arrived.")]
    [InlineData("重庆 => 崇庆", "我在重庆。重庆很热。", "崇庆很热。")]
    public void LexiconApply_Replacements_TextEqualsStringApplyAndSentencesMapBack(string entry, string source, string spokenSentence)
    {
        var applier = new LexiconApplier(LexiconParser.Parse(entry, "t"));
        var mapped = applier.Apply(MappedText.Identity(source), "en");

        Assert.Equal(applier.Apply(source, "en"), mapped.ToString());
        var at = mapped.ToString().IndexOf(spokenSentence, StringComparison.Ordinal);
        var back = mapped.ToSourceMap().Map(new TextSpan(at, spokenSentence.Length))!.Value;
        Assert.True(back.End == source.Length, $"the last sentence ends the source: {source[back.Start..back.End]}");
    }

    [Fact]
    public void LexiconApply_Replacement_MapsToTheWholeReplacedWord()
    {
        var applier = new LexiconApplier(LexiconParser.Parse("Dr. => Doctor", "t"));
        var mapped = applier.Apply(MappedText.Identity("Ask Dr. Bell"), "en");

        Assert.Equal(new TextSpan(4, 3), mapped.ToSourceMap().Map(new TextSpan(4, 6)));
        Assert.Equal(new TextSpan(4, 8), mapped.ToSourceMap().Map(new TextSpan(4, 11)));
    }
}
