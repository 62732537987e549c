using System.Globalization;
using Audiobook.Core.Segmentation;

namespace Audiobook.Core.Costs;

/// <summary>
/// Estimates cost, audio length and wall time of rendering segments with one model in one region (protocol §6, §9;
/// docs/ingest.md "Cost"). Character-billed models: billed characters ÷ 10,000 × price. Token-billed models
/// (qwen-tts-realtime): input tokens ≈ characters, output tokens = audio seconds × 50 per segment with at least one
/// second per response. The request limit is a parameter, so Core stays free of the TTS catalog.
/// </summary>
public sealed class CostEstimator
{
    private readonly ModelPrice _price;
    private readonly CostEstimateOptions _options;

    public CostEstimator(ModelPrice price, CostEstimateOptions options)
    {
        ArgumentNullException.ThrowIfNull(price);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestsPerMinute);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RealtimeFactor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.SpeechRate);
        _price = price;
        _options = options;
    }

    /// <summary>Estimates the segments' cost and time.</summary>
    public CostEstimate Estimate(IEnumerable<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Estimate(segments.Select(s => s.Text));
    }

    /// <summary>Estimates the cost and time of sending each text as one request.</summary>
    public CostEstimate Estimate(IEnumerable<string> segmentTexts)
    {
        ArgumentNullException.ThrowIfNull(segmentTexts);
        var segments = 0;
        long billed = 0, inputTokens = 0, outputTokens = 0;
        double audioSeconds = 0;
        foreach (var text in segmentTexts)
        {
            segments++;
            billed += BillingCounter.Count(text);
            var seconds = _options.Rates.Seconds(text) / _options.SpeechRate;
            audioSeconds += seconds;
            if (_price.Unit == BillingUnit.Tokens)
            {
                inputTokens += text.EnumerateRunes().Count();
                outputTokens += (long)Math.Ceiling(Math.Max(1.0, seconds) * _price.AudioTokensPerSecond);
            }
        }

        var cost = _price.Unit == BillingUnit.Characters
            ? billed * _price.PerTenThousandCharacters!.Value / 10_000m
            : (inputTokens * _price.PerThousandInputTokens!.Value / 1_000m) + (outputTokens * _price.PerThousandOutputTokens!.Value / 1_000m);

        var requestMinutes = _options.RequestsPerMinute == 0 ? 0 : segments / (double)_options.RequestsPerMinute;
        var synthesisSeconds = audioSeconds / (_options.RealtimeFactor * _options.Concurrency);
        var wallSeconds = Math.Max(requestMinutes * 60, synthesisSeconds);
        return new CostEstimate(
            _price.Model,
            _price.Region,
            segments,
            billed,
            decimal.Round(cost, 6, MidpointRounding.AwayFromZero),
            _price.Currency,
            _price.IsEstimated,
            TimeSpan.FromSeconds(Math.Round(audioSeconds, 3)),
            TimeSpan.FromSeconds(Math.Round(wallSeconds, 3)),
            inputTokens,
            outputTokens);
    }

    /// <summary>Formats an amount with its currency symbol for display (<c>¥1.23</c>, <c>$0.0130</c>).</summary>
    public static string FormatMoney(decimal amount, string currency)
    {
        var symbol = currency switch { "CNY" => "¥", "USD" => "$", _ => currency + " " };
        var format = amount != 0 && Math.Abs(amount) < 1m ? "0.0000" : "0.00";
        return symbol + amount.ToString(format, CultureInfo.InvariantCulture);
    }
}
