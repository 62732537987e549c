using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>A Kestrel endpoint on 127.0.0.1 that answers every request with a handler, to test how the customization client reads
/// replies the local server never sends (empty bodies, HTML, Retry-After).</summary>
internal sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ScriptedHttpServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public List<(IHeaderDictionary Headers, string Body)> Requests { get; } = [];

    public static async Task<ScriptedHttpServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ScriptedHttpServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (server!.Requests)
            {
                server.Requests.Add((new HeaderDictionary(context.Request.Headers.ToDictionary()), body));
            }

            await handler(context);
        });
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        server = new ScriptedHttpServer(app, new Uri($"http://127.0.0.1:{port}/api/v1/services/audio/tts/customization"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
