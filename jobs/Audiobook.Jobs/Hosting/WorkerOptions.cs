using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Hosting;

/// <summary>One worker process (bound from <c>Worker</c>; <c>audiobook worker --workers N</c> overrides).</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Jobs this process runs at once (chapters in flight).</summary>
    [Range(1, 64)]
    public int Workers { get; init; } = 2;

    /// <summary>Segments synthesized at once across this process (one long-lived session each).</summary>
    [Range(1, 64)]
    public int Sessions { get; init; } = 4;

    /// <summary>Time a stopping worker (SIGTERM) lets its running chapters finish before their cancellation tokens fire
    /// and they hand their chapters back (cached segments are kept, so little is lost).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time Hangfire waits in all for its jobs to end on shutdown. The host's own shutdown timeout is this plus
    /// 15 seconds, and Docker's <c>stop_grace_period</c> must be longer still (docker-compose.yml: 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A name for this worker in chapter rows and logs; defaults to <c>host:pid</c>.</summary>
    public string? Name { get; init; }
}
