using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Audiobook.TtsServer.Hosting;

/// <summary>The DashScope HTTP error body <c>{"request_id","code","message"}</c> (docs/qwen-tts-protocol.md §7.1).</summary>
internal static class HttpErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new Dictionary<string, string> { ["request_id"] = Guid.NewGuid().ToString(), ["code"] = code, ["message"] = message };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    public static Task UnauthorizedAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, "InvalidApiKey", "Invalid API-key provided.");

    /// <summary>HTTP 429 <c>Throttling.RateQuota</c> with <c>Retry-After</c> in whole seconds (at least 1).</summary>
    public static Task ThrottledAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status429TooManyRequests, "Throttling.RateQuota", "Requests rate limit exceeded, try again later.");
    }
}
