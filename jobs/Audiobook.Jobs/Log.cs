using Microsoft.Extensions.Logging;

namespace Audiobook.Jobs;

/// <summary>Every log message of the service's jobs and hosts (source-generated, static templates, no secrets).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Render {RenderId} needs no plan (state {State})")]
    public static partial void NothingToPlan(ILogger logger, Guid renderId, string state);

    [LoggerMessage(2, LogLevel.Information, "Render {RenderId} planned: {Chapters} chapters, {Pending} to render")]
    public static partial void Planned(ILogger logger, Guid renderId, int chapters, int pending);

    [LoggerMessage(3, LogLevel.Debug, "Render {RenderId} chapter {Chapter}: nothing to claim (finished, owned by a live worker, or render stopped)")]
    public static partial void NothingToClaim(ILogger logger, Guid renderId, int chapter);

    [LoggerMessage(4, LogLevel.Information, "Render {RenderId} chapter {Chapter}: attempt {Attempt} on {Worker}")]
    public static partial void ChapterStarted(ILogger logger, Guid renderId, int chapter, int attempt, string worker);

    [LoggerMessage(5, LogLevel.Information, "Render {RenderId} chapter {Chapter}: done, {Billed} characters billed")]
    public static partial void ChapterSucceeded(ILogger logger, Guid renderId, int chapter, long billed);

    [LoggerMessage(6, LogLevel.Information, "Render {RenderId} chapter {Chapter}: stopped (the render is no longer running here)")]
    public static partial void ChapterStopped(ILogger logger, Guid renderId, int chapter);

    [LoggerMessage(7, LogLevel.Information, "Render {RenderId} chapter {Chapter}: handed back (worker stopping)")]
    public static partial void ChapterHandedBack(ILogger logger, Guid renderId, int chapter);

    [LoggerMessage(8, LogLevel.Error, "Render {RenderId} chapter {Chapter} failed: {Reason}")]
    public static partial void ChapterFailed(ILogger logger, Guid renderId, int chapter, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Render {RenderId} chapter {Chapter} will be retried (retry {Retry})")]
    public static partial void ChapterWillRetry(ILogger logger, Exception exception, Guid renderId, int chapter, int retry);

    [LoggerMessage(10, LogLevel.Information, "Render {RenderId} needs no assembly (state {State})")]
    public static partial void NothingToAssemble(ILogger logger, Guid renderId, string state);

    [LoggerMessage(11, LogLevel.Information, "Render {RenderId} succeeded: {Billed} characters billed")]
    public static partial void RenderSucceeded(ILogger logger, Guid renderId, long billed);

    [LoggerMessage(12, LogLevel.Warning, "Sweeper repaired {Assemblies} assemblies, {Chapters} abandoned chapters, {Plans} lost plans")]
    public static partial void Swept(ILogger logger, int assemblies, int chapters, int plans);

    [LoggerMessage(13, LogLevel.Information, "Nightly batch {Night}: started {Started} renders, {Spent} of {Budget} characters spent, {Waiting} waiting")]
    public static partial void NightlyStarted(ILogger logger, DateOnly night, int started, long spent, long budget, int waiting);

    [LoggerMessage(14, LogLevel.Warning, "Metrics: the renders-by-state and queue gauges could not be sampled ({Reason}); they keep the last sample")]
    public static partial void SampleFailed(ILogger logger, string reason);

    [LoggerMessage(15, LogLevel.Warning, "Recurring jobs not registered yet (attempt {Attempt}: {Reason}); trying again in {Delay}")]
    public static partial void RegistrationRetry(ILogger logger, int attempt, string reason, TimeSpan delay);

    private static readonly Func<ILogger, Guid, int, IDisposable?> ChapterScopeFactory = LoggerMessage.DefineScope<Guid, int>("Render {RenderId} chapter {Chapter}");

    private static readonly Func<ILogger, Guid, IDisposable?> RenderScopeFactory = LoggerMessage.DefineScope<Guid>("Render {RenderId}");

    /// <summary>Puts <c>RenderId</c> and <c>Chapter</c> on every line logged inside (structured for providers that keep
    /// scopes as properties, and readable on the console).</summary>
    public static IDisposable? ChapterScope(ILogger logger, Guid renderId, int chapter) => ChapterScopeFactory(logger, renderId, chapter);

    public static IDisposable? RenderScope(ILogger logger, Guid renderId) => RenderScopeFactory(logger, renderId);
}
