using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Hosting;

/// <summary>How jobs behave on every host (bound from <c>Jobs</c>). The defaults suit production; tests shorten them.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>A fetched job that stops sending heartbeats becomes visible to other workers after this long
    /// (sliding: a live job's heartbeat extends it every fifth of it, so long chapters never run twice).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "06:00:00")]
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle worker polls its queues (the safety net beside LISTEN/NOTIFY).</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:01:00")]
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A running chapter writes its progress (and so its heartbeat) at least this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02")]
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A running chapter whose heartbeat is older than this was abandoned (its worker died) and may be taken over.</summary>
    [Range(typeof(TimeSpan), "00:00:03", "01:00:00")]
    public TimeSpan ChapterStaleAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When the sweeper repairs missed fan-ins and abandoned chapters (cron; six fields include seconds).</summary>
    [Required]
    public string SweepCron { get; init; } = "* * * * *";

    /// <summary>How often a worker looks for delayed jobs (retries waiting out their delay) and recurring jobs that are due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:05:00")]
    public TimeSpan SchedulePollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Hangfire's schema in the same database.</summary>
    [Required]
    public string HangfireSchema { get; init; } = "hangfire";
}
