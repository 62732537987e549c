using Microsoft.AspNetCore.Http;

namespace Audiobook.Dashboard.Hosting;

/// <summary>Headers every response carries: no sniffing, no framing, no referrer, and a content security policy that
/// allows this origin's scripts and styles only (the Hangfire dashboard, which inlines its own, gets none).</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (!context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = Policy;
        }

        return next(context);
    }
}
