using System.Security.Claims;

namespace Audiobook.Dashboard.Accounts;

/// <summary>The claims a signed-in user or an API token carries, and who a request acts as.</summary>
public static class DashboardClaims
{
    public const string Publisher = "publisher";

    /// <summary>What a render records as its author: <c>user:&lt;id&gt;</c> or <c>token:&lt;id&gt;</c>.</summary>
    public const string Actor = "actor";

    public const string CookieScheme = "cookie";

    public const string BearerScheme = "bearer";

    /// <summary>The publisher the principal acts for; <see cref="Guid.Empty"/> when there is none (matches nothing).</summary>
    public static Guid PublisherOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(Publisher), out var id) ? id : Guid.Empty;

    public static string ActorOf(ClaimsPrincipal principal) => principal?.FindFirstValue(Actor) ?? "unknown";
}
