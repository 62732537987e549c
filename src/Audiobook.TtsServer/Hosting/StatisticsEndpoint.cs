using Microsoft.AspNetCore.Http;

namespace Audiobook.TtsServer.Hosting;

/// <summary><c>GET /stats</c>: the server's counters (<see cref="ServerStatisticsSnapshot"/>) as JSON, so tests, benchmarks and an operator
/// see what the server saw. Behind the same key check as the other endpoints.</summary>
internal sealed class StatisticsEndpoint(ApiKeyAuthorizer authorizer, ServerStatistics statistics)
{
    public const string Path = "/stats";

    public async Task HandleAsync(HttpContext context)
    {
        if (!authorizer.IsAuthorized(context.Request))
        {
            await HttpErrors.UnauthorizedAsync(context).ConfigureAwait(false);
            return;
        }

        await context.Response.WriteAsJsonAsync(statistics.Snapshot(), context.RequestAborted).ConfigureAwait(false);
    }
}
