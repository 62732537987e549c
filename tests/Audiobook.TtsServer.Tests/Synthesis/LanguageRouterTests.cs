using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

public sealed class LanguageRouterTests
{
    [Theory]
    [InlineData("今天天气很好。", false, "cmn")]
    [InlineData("今天天气很好。", true, "yue")]
    [InlineData("今日はいい天気です。", false, "ja")]
    [InlineData("안녕하세요.", false, "ko")]
    [InlineData("Привет, мир.", false, "ru")]
    [InlineData("Hello world.", true, "en-us")]
    [InlineData("1234", false, "en-us")]
    [InlineData("Bonjour à tous.", false, "en-us")]
    [InlineData("我喜欢 Python。", false, "cmn")]
    [InlineData("The word 你好 means hello.", false, "en-us")]
    [InlineData("Это слово hello.", false, "ru")]
    public void Detect_Script_EspeakLanguage(string sentence, bool cantonese, string language) =>
        Assert.Equal(language, LanguageRouter.Detect(sentence, cantonese));

    [Fact]
    public void Split_Auto_RunsPerLanguageMerged()
    {
        var runs = LanguageRouter.Split("Hello there. How are you? 你好。我很好。Спасибо.", "Auto", cantonese: false);

        Assert.Equal(["en-us", "cmn", "ru"], runs.Select(r => r.Language));
        Assert.Equal("Hello there. How are you?", runs[0].Text);
        Assert.Equal(" 你好。我很好。", runs[1].Text);
    }

    [Theory]
    [InlineData("Chinese", false, "cmn")]
    [InlineData("Chinese", true, "yue")]
    [InlineData("English", true, "en-us")]
    [InlineData("German", false, "de")]
    [InlineData("French", false, "fr")]
    [InlineData("Spanish", false, "es")]
    [InlineData("Italian", false, "it")]
    [InlineData("Portuguese", false, "pt")]
    [InlineData("Japanese", false, "ja")]
    [InlineData("Korean", false, "ko")]
    [InlineData("Russian", false, "ru")]
    public void Split_FixedLanguage_OneRun(string languageType, bool cantonese, string language)
    {
        var run = Assert.Single(LanguageRouter.Split("Mixed 文字 text.", languageType, cantonese));

        Assert.Equal(language, run.Language);
    }
}
