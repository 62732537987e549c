using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Hosting;

/// <summary>The nightly batch (bound from <c>Nightly</c>).</summary>
public sealed class NightlyOptions
{
    public const string Section = "Nightly";

    /// <summary>When the batch starts: a five-field cron expression in <see cref="TimeZone"/>.</summary>
    [Required]
    public string Cron { get; init; } = "0 1 * * *";

    /// <summary>An IANA time zone id (<c>Asia/Shanghai</c>, <c>Europe/Berlin</c>, <c>UTC</c>).</summary>
    [Required]
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Billed characters one night may start (each render counts with its full estimate).</summary>
    [Range(0, long.MaxValue)]
    public long BudgetCharacters { get; init; } = 5_000_000;
}
