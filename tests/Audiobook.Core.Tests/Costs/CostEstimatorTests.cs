using Audiobook.Core.Costs;

namespace Audiobook.Core.Tests.Costs;

public sealed class CostEstimatorTests
{
    private static readonly ModelPrice Flash = new()
    {
        Model = "qwen3-tts-flash-realtime",
        Region = "cn",
        Currency = "CNY",
        PerTenThousandCharacters = 1.0m,
    };

    private static readonly ModelPrice Tokens = new()
    {
        Model = "qwen-tts-realtime",
        Region = "cn",
        Currency = "CNY",
        PerThousandInputTokens = 0.0024m,
        PerThousandOutputTokens = 0.012m,
    };

    [Fact]
    public void Estimate_ChineseText_BillsHanTwice()
    {
        var estimator = new CostEstimator(Flash, new CostEstimateOptions { RequestsPerMinute = 180 });
        var estimate = estimator.Estimate([new string('字', 4500), new string('字', 4500)]);

        Assert.Equal(18_000, estimate.BilledCharacters);
        Assert.Equal(1.8m, estimate.Cost);
        Assert.Equal("CNY", estimate.Currency);
        Assert.Equal(2, estimate.Segments);
        Assert.Equal(TimeSpan.FromSeconds(2000), estimate.EstimatedAudio); // 9000 hanzi at 4.5/s
        Assert.Equal(TimeSpan.FromSeconds(2000), estimate.EstimatedWallTime); // real time, one session
    }

    [Fact]
    public void Estimate_LatinText_Uses15CharactersPerSecond()
    {
        var estimator = new CostEstimator(Flash with { Region = "intl", Currency = "USD", PerTenThousandCharacters = 0.13m }, new CostEstimateOptions());
        var estimate = estimator.Estimate([new string('a', 1500)]);

        Assert.Equal(TimeSpan.FromSeconds(100), estimate.EstimatedAudio);
        Assert.Equal(0.0195m, estimate.Cost);
    }

    [Fact]
    public void Estimate_ManyShortSegments_WallTimeBoundByRpm()
    {
        var estimator = new CostEstimator(Flash, new CostEstimateOptions { RequestsPerMinute = 10, Concurrency = 4 });
        var estimate = estimator.Estimate(Enumerable.Repeat("Hi.", 100));

        Assert.Equal(TimeSpan.FromMinutes(10), estimate.EstimatedWallTime); // 100 requests at 10 per minute
    }

    [Fact]
    public void Estimate_Concurrency_DividesSynthesisTime()
    {
        var options = new CostEstimateOptions { RequestsPerMinute = 180, Concurrency = 4, RealtimeFactor = 2 };
        var estimate = new CostEstimator(Flash, options).Estimate([new string('a', 1500)]);

        Assert.Equal(TimeSpan.FromSeconds(12.5), estimate.EstimatedWallTime); // 100 s of audio / (2 × 4)
    }

    [Fact]
    public void Estimate_SpeechRate_ShortensAudio()
    {
        var estimate = new CostEstimator(Flash, new CostEstimateOptions { SpeechRate = 2 }).Estimate([new string('a', 1500)]);
        Assert.Equal(TimeSpan.FromSeconds(50), estimate.EstimatedAudio);
    }

    [Fact]
    public void Estimate_TokenModel_PricesInputAndOutputTokens()
    {
        var estimator = new CostEstimator(Tokens, new CostEstimateOptions { RequestsPerMinute = 10 });
        // 1500 Latin characters = 100 s of audio = 5000 output tokens; "Hi." is under a second, so counts as 50.
        var estimate = estimator.Estimate([new string('a', 1500), "Hi."]);

        Assert.Equal(1503, estimate.InputTokens);
        Assert.Equal(5050, estimate.OutputTokens);
        Assert.Equal(Math.Round((1503 * 0.0024m / 1000) + (5050 * 0.012m / 1000), 6), estimate.Cost);
    }

    [Fact]
    public void Constructor_ZeroConcurrency_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostEstimator(Flash, new CostEstimateOptions { Concurrency = 0 }));

    [Theory]
    [InlineData(1.5, "CNY", "¥1.50")]
    [InlineData(0.0195, "USD", "$0.0195")]
    [InlineData(0, "USD", "$0.00")]
    [InlineData(2, "EUR", "EUR 2.00")]
    public void FormatMoney_Amount_UsesSymbol(double amount, string currency, string expected) =>
        Assert.Equal(expected, CostEstimator.FormatMoney((decimal)amount, currency));
}
