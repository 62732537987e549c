using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace Audiobook.Jobs.Hosting;

/// <summary>Hangfire logs through one process-wide provider. Its ASP.NET Core integration points that at the logger
/// factory of whichever host was configured last, so in a process with several hosts (a test run, or a dashboard and a
/// worker in one process) a stopped host's disposed factory breaks every later job creation. This bridge forwards to the
/// newest host that is still running instead.</summary>
internal sealed class HangfireLogBridge : Hangfire.Logging.ILogProvider
{
    public static HangfireLogBridge Instance { get; } = new();

    private readonly Lock _lock = new();
    private readonly List<ILoggerFactory> _live = [];

    /// <summary>Adds a host's logger factory until the host stops.</summary>
    public void Attach(ILoggerFactory factory, IHostApplicationLifetime? lifetime)
    {
        lock (_lock)
        {
            _live.Add(factory);
        }

        lifetime?.ApplicationStopped.Register(() =>
        {
            lock (_lock)
            {
                _live.Remove(factory);
            }
        });
    }

    public Hangfire.Logging.ILog GetLogger(string name) => new BridgedLog(this, name);

    private ILogger? Current(string name)
    {
        ILoggerFactory? factory;
        lock (_lock)
        {
            factory = _live.Count > 0 ? _live[^1] : null;
        }

        try
        {
            return factory?.CreateLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return null; // stopped between the lookup and the call: drop the message
        }
    }

    private sealed class BridgedLog(HangfireLogBridge bridge, string name) : Hangfire.Logging.ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var logger = bridge.Current(name);
            var level = logLevel switch
            {
                HangfireLogLevel.Trace => LogLevel.Trace,
                HangfireLogLevel.Debug => LogLevel.Debug,
                HangfireLogLevel.Info => LogLevel.Information,
                HangfireLogLevel.Warn => LogLevel.Warning,
                HangfireLogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            if (logger is null || !logger.IsEnabled(level))
            {
                return false;
            }

            if (messageFunc is not null)
            {
#pragma warning disable CA2254, CA1848 // Hangfire hands over finished messages, not templates.
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254, CA1848
            }

            return true;
        }
    }
}
