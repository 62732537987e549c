using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    // Expected sentences are separated by " | ".
    [Theory]
    [InlineData("en", "It was late. The ferry had gone.", "It was late. | The ferry had gone.")]
    [InlineData("en", "Stop! Who goes there? Nobody.", "Stop! | Who goes there? | Nobody.")]
    [InlineData("en", "Mr. Smith met Mrs. Jones and Dr. Who at St. Paul's.", "Mr. Smith met Mrs. Jones and Dr. Who at St. Paul's.")]
    [InlineData("en", "Bring fruit, e.g. apples, i.e. the red ones. Then leave.", "Bring fruit, e.g. apples, i.e. the red ones. | Then leave.")]
    [InlineData("en", "Apples, pears, etc. and more. Done.", "Apples, pears, etc. and more. | Done.")]
    [InlineData("en", "It is Pi, roughly 3.14 in value. Next.", "It is Pi, roughly 3.14 in value. | Next.")]
    [InlineData("en", "The 4.15 train left. It was late.", "The 4.15 train left. | It was late.")]
    [InlineData("en", "J. R. R. Tolkien wrote it. He was English.", "J. R. R. Tolkien wrote it. | He was English.")]
    [InlineData("en", "See No. 5 in Fig. 3 for details. Thanks.", "See No. 5 in Fig. 3 for details. | Thanks.")]
    [InlineData("en", "Did you? No. I did not.", "Did you? | No. | I did not.")]
    [InlineData("en", "He moved to the U.S. in 1999. It rained.", "He moved to the U.S. in 1999. | It rained.")]
    [InlineData("en", "Visit https://example.com/a?b=1. Then write to me@example.org. Bye.", "Visit https://example.com/a?b=1. | Then write to me@example.org. | Bye.")]
    [InlineData("en", "Go to www.example.com/index.html now. OK.", "Go to www.example.com/index.html now. | OK.")]
    [InlineData("en", "\"Stop!\" he said. \"Why?\" She ran.", "\"Stop!\" he said. | \"Why?\" | She ran.")]
    [InlineData("en", "She said, \"It's over.\" Then she left.", "She said, \"It's over.\" | Then she left.")]
    [InlineData("en", "Wait... what? I don't know... Maybe.", "Wait... what? | I don't know... | Maybe.")]
    [InlineData("en", "He paused… Then he spoke.", "He paused… | Then he spoke.")]
    [InlineData("en", "(This is aside.) Back to it.", "(This is aside.) | Back to it.")]
    [InlineData("en", "Really?! Yes.", "Really?! | Yes.")]
    [InlineData("en", "Yahoo!Inc is a name. Fine.", "Yahoo!Inc is a name. | Fine.")]
    [InlineData("en", "It cost $1,000.50 in total. Wow.", "It cost $1,000.50 in total. | Wow.")]
    [InlineData("en", "No terminal punctuation here", "No terminal punctuation here")]
    [InlineData("en", "Version 2.0 is out. Upgrade now.", "Version 2.0 is out. | Upgrade now.")]
    [InlineData("en", "In 1984. The year.", "In 1984. | The year.")]
    public void Split_English_SplitsAtSentenceEnds(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("zh", "老周守了二十二年灯塔。他从来没有让灯熄灭过！真的吗？", "老周守了二十二年灯塔。 | 他从来没有让灯熄灭过！ | 真的吗？")]
    [InlineData("zh", "“不可能跌得这么快！”他说。", "“不可能跌得这么快！” | 他说。")]
    [InlineData("zh", "他说：“这是真的。”然后走了。", "他说：“这是真的。” | 然后走了。")]
    [InlineData("zh", "气压从一〇二〇跌到九九五，仅用了3.5小时。", "气压从一〇二〇跌到九九五，仅用了3.5小时。")]
    [InlineData("zh", "他想了想……还是算了。", "他想了想……还是算了。")]
    [InlineData("zh", "真的吗?我不信!", "真的吗? | 我不信!")]
    [InlineData("zh", "（这是注释。）正文继续。", "（这是注释。） | 正文继续。")]
    [InlineData("zh", "第一句；第二句，还是一句。", "第一句；第二句，还是一句。")]
    public void Split_Chinese_SplitsAfterCjkTerminals(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("ja", "今日は晴れです。明日は雨でしょう！", "今日は晴れです。 | 明日は雨でしょう！")]
    [InlineData("ja", "「そうだ。」と彼は言った。", "「そうだ。」と彼は言った。")]
    [InlineData("ja", "「行こう。」彼女は立ち上がった。", "「行こう。」 | 彼女は立ち上がった。")]
    [InlineData("ja", "本当？うそ‥", "本当？ | うそ‥")]
    [InlineData("ko", "오늘은 맑습니다. 내일은 비가 올까요? 네!", "오늘은 맑습니다. | 내일은 비가 올까요? | 네!")]
    [InlineData("ko", "제3장을 읽었다. 재미있었다.", "제3장을 읽었다. | 재미있었다.")]
    public void Split_JapaneseAndKorean_SplitsAtTheirTerminals(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("es", "¡Hola! ¿Qué tal? Bien.", "¡Hola! | ¿Qué tal? | Bien.")]
    [InlineData("es", "La Sra. García y el Sr. López llegaron. Luego cenamos.", "La Sra. García y el Sr. López llegaron. | Luego cenamos.")]
    [InlineData("fr", "M. Dupont et Mme Martin sont là. Ils attendent.", "M. Dupont et Mme Martin sont là. | Ils attendent.")]
    [InlineData("fr", "Bonjour ! Comment ça va ? Très bien.", "Bonjour ! | Comment ça va ? | Très bien.")]
    [InlineData("fr", "« Viens ! » dit-il. Elle vint.", "« Viens ! » dit-il. | Elle vint.")]
    [InlineData("fr", "Il a dit « C'est fini. » Puis il partit.", "Il a dit « C'est fini. » | Puis il partit.")]
    [InlineData("de", "Das ist z.B. ein Test. Und usw. geht weiter. Ende.", "Das ist z.B. ein Test. | Und usw. geht weiter. | Ende.")]
    [InlineData("de", "Am 3. Oktober feiern wir. Das ist schön.", "Am 3. Oktober feiern wir. | Das ist schön.")]
    [InlineData("de", "Herr Dr. Müller kam. Er war müde.", "Herr Dr. Müller kam. | Er war müde.")]
    [InlineData("it", "Il Sig. Rossi e il Dott. Bianchi, ecc. sono qui. Bene.", "Il Sig. Rossi e il Dott. Bianchi, ecc. sono qui. | Bene.")]
    [InlineData("pt", "A Sra. Silva chegou. O Dr. Costa também.", "A Sra. Silva chegou. | O Dr. Costa também.")]
    [InlineData("ru", "Это было в 1999 г. Потом всё изменилось.", "Это было в 1999 г. Потом всё изменилось.")]
    [InlineData("ru", "Он пришёл, т.е. вернулся. Мы обрадовались!", "Он пришёл, т.е. вернулся. | Мы обрадовались!")]
    [InlineData("ru", "Привет. Как дела? Хорошо.", "Привет. | Как дела? | Хорошо.")]
    public void Split_EuropeanLanguages_HandlesAbbreviationsAndInvertedMarks(string language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Theory]
    [InlineData("zh", "老师说：“Every programmer starts here. 每个程序员都是从这里开始的。”", "老师说：“Every programmer starts here. | 每个程序员都是从这里开始的。”")]
    [InlineData("zh", "It works.我也是。", "It works. | 我也是。")]
    [InlineData("zh", "版本3.0很好。Python 3.12 也行。", "版本3.0很好。 | Python 3.12 也行。")]
    [InlineData(null, "Hello. 你好。Bonjour !", "Hello. | 你好。 | Bonjour !")]
    public void Split_MixedText_SplitsAtEachScriptsTerminals(string? language, string text, string expected) =>
        AssertSplit(language, text, expected);

    [Fact]
    public void Split_EmptyOrWhitespace_ReturnsNothing()
    {
        Assert.Empty(SentenceSplitter.Split(string.Empty));
        Assert.Empty(SentenceSplitter.Split("   "));
    }

    [Fact]
    public void SplitRanges_Always_ReturnsTrimmedRangesIntoTheText()
    {
        const string text = "  One.   Two!  ";
        var ranges = SentenceSplitter.SplitRanges(text, "en");
        Assert.Equal(["One.", "Two!"], ranges.Select(r => text[r]));
    }

    // Six million characters with one sentence end: the input that would expose a quadratic scan. The split must be
    // exact; how fast it is, is measured by `ingest --pathological` (docs/benchmarks/ingest.md).
    [Fact]
    public void Split_HugeTextWithoutPunctuation_GivesItsTwoSentencesWhole()
    {
        var han = new string('字', 5_000_000) + "。";
        var words = string.Concat(Enumerable.Repeat("word ", 1_000_000));

        var sentences = SentenceSplitter.Split(han + words, "zh");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(han, sentences[0]);
        Assert.Equal(words.TrimEnd(), sentences[1]);
    }

    private static void AssertSplit(string? language, string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", SentenceSplitter.Split(text, language)));
}
