using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Telemetry;

/// <summary>The metrics a host exports at <c>/metrics</c> (bound from <c>Metrics</c>).</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>How often the renders-by-state and queue-length gauges are read from the database (two cheap queries;
    /// a scrape never waits on the database).</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(15);
}
