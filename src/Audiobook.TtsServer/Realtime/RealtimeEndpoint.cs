using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Faults;
using Audiobook.TtsServer.Hosting;
using Audiobook.TtsServer.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Realtime;

/// <summary><c>GET /api-ws/v1/realtime?model=…</c>: everything that can refuse a connection happens before the upgrade, as plain HTTP
/// (401 key, 400 not a WebSocket, 404 unknown model, 429 throttled), then the session runs on the accepted socket.</summary>
internal sealed class RealtimeEndpoint(
    RealtimeServices services,
    ApiKeyAuthorizer authorizer,
    ModelRateLimiter rateLimiter,
    FaultInjector faults,
    IOptions<LocalTtsServerOptions> options,
    IHostApplicationLifetime lifetime)
{
    public const string Path = "/api-ws/v1/realtime";

    public async Task HandleAsync(HttpContext context)
    {
        if (!authorizer.IsAuthorized(context.Request))
        {
            await HttpErrors.UnauthorizedAsync(context).ConfigureAwait(false);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await HttpErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "InvalidParameter", "This endpoint only accepts WebSocket upgrades.")
                .ConfigureAwait(false);
            return;
        }

        var model = context.Request.Query["model"].ToString();
        var known = TtsModelCatalog.Find(model) is { Api: TtsApi.Realtime };
        if (!known && options.Value.RejectUnknownModels)
        {
            await HttpErrors.WriteAsync(context, StatusCodes.Status404NotFound, "ModelNotFound", "Model can not be found.").ConfigureAwait(false);
            return;
        }

        services.Statistics.Requested(model);
        if (faults.ShouldThrottleHandshake(model))
        {
            await HttpErrors.ThrottledAsync(context, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            return;
        }

        if (!rateLimiter.TryAcquire(model, RequestUnit.Connection, out var retryAfter))
        {
            await HttpErrors.ThrottledAsync(context, retryAfter).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var session = new RealtimeSession(services, socket, context, model, lifetime.ApplicationStopping);
        await session.RunAsync().ConfigureAwait(false);
    }
}
