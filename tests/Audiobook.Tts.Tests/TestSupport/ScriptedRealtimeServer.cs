using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>A hand-written Kestrel WebSocket peer on 127.0.0.1 that runs a script per connection. It reproduces what the local
/// server does not (fragmented frames, drops, silence, throttling) to test the client's own seams.</summary>
internal sealed class ScriptedRealtimeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _scriptDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ScriptedRealtimeServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Completes when the script of the first connection has returned (or faults with its exception).</summary>
    public Task ScriptCompletion => _scriptDone.Task;

    /// <summary>Starts a server; <paramref name="reject"/> may answer the upgrade with an HTTP status instead.</summary>
    public static async Task<ScriptedRealtimeServer> StartAsync(Func<ScriptedPeer, Task> script, Func<HttpContext, Task<bool>>? reject = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ScriptedRealtimeServer? server = null;
        app.UseWebSockets();
        app.Map("/api-ws/v1/realtime", async context =>
        {
            if (reject is not null && await reject(context))
            {
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            try
            {
                await script(new ScriptedPeer(socket, new HeaderDictionary(context.Request.Headers.ToDictionary())));
                server!._scriptDone.TrySetResult();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                server!._scriptDone.TrySetException(ex);
            }
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        server = new ScriptedRealtimeServer(app, new Uri($"ws://127.0.0.1:{address.Port}/api-ws/v1/realtime"));
        return server;
    }

    public TtsClientOptions Options(TimeSpan? responseTimeout = null, string? apiKey = "sk-scripted") => new()
    {
        ApiKey = apiKey,
        BaseUrl = BaseUrl,
        Workspace = "ws-test",
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(10),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
