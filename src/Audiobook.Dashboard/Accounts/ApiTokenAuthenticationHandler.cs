using System.Security.Claims;
using System.Text.Encodings.Web;
using Audiobook.Jobs.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audiobook.Dashboard.Accounts;

/// <summary><c>Authorization: Bearer abk_…</c>: the token's SHA-256 is looked up; a live token signs the request in as
/// its publisher. Written by hand because ASP.NET Core ships JWT bearer only, and these are opaque tokens.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            // The token itself is never part of the message.
            return AuthenticateResult.Fail("unknown or revoked API token");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, token.Id.ToString()),
            new Claim(ClaimTypes.Name, token.Name),
            new Claim(DashboardClaims.Publisher, token.PublisherId.ToString()),
            new Claim(DashboardClaims.Actor, $"token:{token.Id}"),
        ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
