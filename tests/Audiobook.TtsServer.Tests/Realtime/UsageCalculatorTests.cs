using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Realtime;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class UsageCalculatorTests
{
    [Fact]
    public void For_CharacterModel_BilledCharacters()
    {
        var usage = UsageCalculator.For(TtsModelCatalog.Find("qwen3-tts-flash-realtime"), "你好 ok", 3.2);

        Assert.Equal(7, usage.Characters);
        Assert.Null(usage.TotalTokens);
    }

    [Theory]
    [InlineData(0.2, 50)]
    [InlineData(1.0, 50)]
    [InlineData(1.5, 75)]
    [InlineData(2.01, 101)]
    public void For_TokenModel_FiftyAudioTokensPerSecondAtLeastFifty(double seconds, int audioTokens)
    {
        var usage = UsageCalculator.For(TtsModelCatalog.Find("qwen-tts-realtime"), "你好 world", seconds);

        Assert.Null(usage.Characters);
        Assert.Equal(audioTokens, usage.OutputTokens);
        Assert.Equal(audioTokens, usage.OutputTokensDetails!.AudioTokens);
        Assert.Equal(0, usage.OutputTokensDetails.TextTokens);
        Assert.Equal(4, usage.InputTokens);
        Assert.Equal(usage.InputTokens + usage.OutputTokens, usage.TotalTokens);
    }
}
