using System.Globalization;
using Audiobook.Core.Costs;

namespace Audiobook.Cli.Service;

/// <summary>How the operator verbs print the service's values: states as stored (<c>queued</c>), times in UTC, money
/// with its currency symbol.</summary>
internal static class ServiceFormat
{
    public static string State<T>(T state)
        where T : struct, Enum => state.ToString().ToLowerInvariant();

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    public static string Money(decimal amount, string currency) => CostEstimator.FormatMoney(amount, currency);

    /// <summary><c>3/7</c>, or <c>-</c> before anything was planned.</summary>
    public static string Progress(long done, long total) =>
        total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{done}/{total}");

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
