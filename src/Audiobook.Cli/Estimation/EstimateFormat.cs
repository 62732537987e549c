using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Audiobook.Core.Costs;
using Spectre.Console;

namespace Audiobook.Cli.Estimation;

/// <summary>Shared output helpers of <c>inspect</c> and <c>estimate</c>: durations, money, JSON options and a plain console.</summary>
internal static class EstimateFormat
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>1:02:03</c> or <c>2:03</c>.</summary>
    public static string Duration(TimeSpan duration)
    {
        var rounded = TimeSpan.FromSeconds(Math.Round(duration.TotalSeconds));
        return rounded.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)rounded.TotalHours}:{rounded.Minutes:00}:{rounded.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{rounded.Minutes}:{rounded.Seconds:00}");
    }

    public static string Money(CostEstimate estimate) =>
        CostEstimator.FormatMoney(estimate.Cost, estimate.Currency) + (estimate.IsPriceEstimated ? "*" : string.Empty);

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static double Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 1);

    /// <summary>A Spectre console writing plain text (no colours, no escape codes) to <paramref name="writer"/>.</summary>
    public static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        return console;
    }

    public static string PriceNote(ModelPrice price) =>
        price.IsEstimated ? $"* estimated price: {price.Note}" : string.Empty;
}
