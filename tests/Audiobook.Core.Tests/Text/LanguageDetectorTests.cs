using Audiobook.Core.Text;

namespace Audiobook.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "English")]
    [InlineData("en-GB", "English")]
    [InlineData("zh-Hans-CN", "Chinese")]
    [InlineData("zh_TW", "Chinese")]
    [InlineData("ja", "Japanese")]
    [InlineData("ko-KR", "Korean")]
    [InlineData("ru", "Russian")]
    [InlineData("es-MX", "Spanish")]
    [InlineData("fr", "French")]
    [InlineData("de-AT", "German")]
    [InlineData("it", "Italian")]
    [InlineData("pt-BR", "Portuguese")]
    [InlineData("nl", "Auto")]
    [InlineData(null, "Auto")]
    [InlineData("", "Auto")]
    public void FromTag_Bcp47_MapsToLanguageType(string? tag, string expected) =>
        Assert.Equal(expected, LanguageDetector.FromTag(tag));

    [Theory]
    [InlineData("今日は晴れです。", "zh", "Japanese")]
    [InlineData("오늘은 맑습니다.", null, "Korean")]
    [InlineData("老周守了二十二年灯塔。", "en", "Chinese")]
    [InlineData("第一章", "ja", "Japanese")]
    [InlineData("第一章", "zh", "Chinese")]
    [InlineData("Привет, мир.", "en", "Russian")]
    [InlineData("Hello there.", "fr", "French")]
    [InlineData("Hello there.", "zh", "English")]
    [InlineData("Hello there.", null, "Auto")]
    [InlineData("我喜欢 Python 编程。", "zh", "Chinese")]
    [InlineData("The word 你好 means hello in Chinese.", "zh", "English")]
    [InlineData("1984.", "de", "German")]
    [InlineData("第一章 Hello, World", "zh", "Chinese")]
    [InlineData("第一章 Hello, World", "en", "English")]
    public void Detect_TextAndHint_PicksLanguageByScript(string text, string? hint, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, hint));

    [Theory]
    [InlineData("The ferry left the harbour and the island was dark. She was not afraid of the water.", "en")]
    [InlineData("El barco salió del puerto y la isla estaba oscura. No tenía miedo de las olas.", "es")]
    [InlineData("Le bateau a quitté le port et la nuit était noire. Elle ne voyait pas les lumières de la ville.", "fr")]
    [InlineData("Das Schiff verließ den Hafen und die Insel war dunkel. Sie hatte keine Angst vor dem Wasser.", "de")]
    [InlineData("La nave lasciò il porto e l'isola era buia. Non aveva paura del mare e della notte.", "it")]
    [InlineData("O navio deixou o porto e a ilha estava escura. Ela não tinha medo do mar e da noite.", "pt")]
    [InlineData("老周守了二十二年灯塔。", "zh")]
    [InlineData("今日は晴れです。", "ja")]
    [InlineData("오늘은 맑습니다.", "ko")]
    [InlineData("Корабль покинул гавань.", "ru")]
    [InlineData("12345 !!!", null)]
    public void GuessTag_Text_GuessesLanguage(string text, string? expected) =>
        Assert.Equal(expected, LanguageDetector.GuessTag(text));
}
