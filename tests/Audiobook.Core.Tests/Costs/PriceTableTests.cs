using Audiobook.Core.Costs;
using Audiobook.Core.Regions;

namespace Audiobook.Core.Tests.Costs;

public sealed class PriceTableTests
{
    private static readonly PriceTable Shipped = PriceTable.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "config", "prices.json")));

    [Theory]
    [InlineData("qwen3-tts-flash-realtime", "cn", "CNY", "1.0")]
    [InlineData("qwen3-tts-flash-realtime", "intl", "USD", "0.13")]
    [InlineData("qwen3-tts-flash-realtime-2025-11-27", "beijing", "CNY", "1.0")]
    [InlineData("qwen3-tts-flash-realtime-2099-01-01", "singapore", "USD", "0.13")]
    [InlineData("qwen3-tts-vc-realtime-2026-01-15", "intl", "USD", "0.13")]
    [InlineData("qwen3-tts-vd-realtime-2025-12-16", "intl", "USD", "0.143353")]
    [InlineData("qwen3-tts-vd-realtime", "cn", "CNY", "1.0")]
    public void Find_CharacterModel_ReturnsPricePer10k(string model, string region, string currency, string price)
    {
        var found = Shipped.Find(model, ServiceRegions.Parse(region));
        Assert.NotNull(found);
        Assert.Equal(currency, found.Currency);
        Assert.Equal(BillingUnit.Characters, found.Unit);
        Assert.Equal(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), found.PerTenThousandCharacters);
        Assert.False(found.IsEstimated);
    }

    [Fact]
    public void Find_InstructModel_IsMarkedEstimated()
    {
        var found = Shipped.Find("qwen3-tts-instruct-flash-realtime", ServiceRegion.Beijing);
        Assert.NotNull(found);
        Assert.True(found.IsEstimated);
        Assert.Equal(1.0m, found.PerTenThousandCharacters);
    }

    [Fact]
    public void Find_TokenModel_HasTokenPricesInBeijingOnly()
    {
        var found = Shipped.Find("qwen-tts-realtime-latest", ServiceRegion.Beijing);
        Assert.NotNull(found);
        Assert.Equal(BillingUnit.Tokens, found.Unit);
        Assert.Equal(0.0024m, found.PerThousandInputTokens);
        Assert.Equal(0.012m, found.PerThousandOutputTokens);
        Assert.Equal(50, found.AudioTokensPerSecond);
        Assert.Null(Shipped.Find("qwen-tts-realtime", ServiceRegion.Singapore));
        Assert.Equal(["cn"], Shipped.RegionsOf("qwen-tts-realtime"));
    }

    [Fact]
    public void Find_UnknownModel_ReturnsNull() =>
        Assert.Null(Shipped.Find("no-such-model", ServiceRegion.Beijing));

    [Theory]
    [InlineData("{")]
    [InlineData("{\"models\": []}")]
    [InlineData("{\"models\": [{\"model\": \"m\", \"regions\": {\"cn\": {\"currency\": \"CNY\"}}}]}")]
    public void Parse_BadTable_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => PriceTable.Parse(json));

    [Fact]
    public void Parse_UnknownRegionKey_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => PriceTable.Parse("{\"models\": [{\"model\": \"m\", \"regions\": {\"mars\": {\"currency\": \"CNY\", \"per_10k_characters\": 1}}}]}"));
}
