using System.Net;
using Audiobook.TtsServer.Customization;
using Audiobook.TtsServer.Hosting;
using Audiobook.TtsServer.Realtime;
using Audiobook.TtsServer.Synthesis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Audiobook.TtsServer;

/// <summary>The embedded local Qwen-TTS-Realtime-compatible server on 127.0.0.1: start it, point a client at <see cref="RealtimeUri"/>,
/// dispose it to stop (every espeak-ng/ffmpeg process it started is killed).</summary>
public sealed class LocalTtsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private LocalTtsServer(WebApplication app, int port)
    {
        _app = app;
        BaseUri = new Uri($"http://127.0.0.1:{port}");
        RealtimeUri = new Uri($"ws://127.0.0.1:{port}{RealtimeEndpoint.Path}");
        CustomizationUri = new Uri(BaseUri, CustomizationEndpoint.Path);
        StatisticsUri = new Uri(BaseUri, StatisticsEndpoint.Path);
        Statistics = app.Services.GetRequiredService<ServerStatistics>();
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary><c>ws://127.0.0.1:&lt;port&gt;/api-ws/v1/realtime</c> (add <c>?model=…</c>).</summary>
    public Uri RealtimeUri { get; }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/api/v1/services/audio/tts/customization</c>.</summary>
    public Uri CustomizationUri { get; }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/stats</c>: <see cref="Statistics"/> as JSON (with the API key).</summary>
    public Uri StatisticsUri { get; }

    /// <summary>Live counters: connections, responses, billed characters, throttles, injected faults, per-model requests.</summary>
    public ServerStatistics Statistics { get; }

    /// <summary>Starts Kestrel on 127.0.0.1:<see cref="LocalTtsServerOptions.Port"/> (0 = a free port) with the system clock.</summary>
    public static Task<LocalTtsServer> StartAsync(LocalTtsServerOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>Starts the server with an injected clock (idle timeout, rate-limit window, voice timestamps).</summary>
    public static async Task<LocalTtsServer> StartAsync(LocalTtsServerOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalTtsServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton(timeProvider);
        builder.AddLocalTtsServer(options);
        var app = builder.Build();
        app.MapLocalTtsServer();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalTtsServer(app, new Uri(address).Port);
    }

    /// <summary>Stops the server: open sessions are aborted, running processes killed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        _app.Services.GetRequiredService<ProcessTracker>().Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
