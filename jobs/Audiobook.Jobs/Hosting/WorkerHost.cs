using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Audiobook.Jobs.Hosting;

/// <summary>A worker process: a Hangfire server on the service's queues (<c>Worker:Workers</c> jobs at once), sharing the
/// database, the segment cache and the output store with every other worker, plus <c>/health</c> and <c>/metrics</c> over HTTP
/// (<c>Worker:Urls</c>, default a free loopback port). SIGTERM or Ctrl-C lets running chapters finish or hand them back.</summary>
public static class WorkerHost
{
    public const string UrlsKey = "Worker:Urls";

    /// <summary>Builds the worker on <paramref name="configuration"/> (the host's files, environment and command line).</summary>
    public static WebApplication Build(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(configuration[UrlsKey] ?? "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.IncludeScopes = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddAudiobookWorker();
        builder.Services.AddAudiobookHealthChecks();
        builder.Services.AddAudiobookMetrics();
        var app = builder.Build();
        app.MapAudiobookHealth();
        app.MapAudiobookMetrics();
        return app;
    }
}
