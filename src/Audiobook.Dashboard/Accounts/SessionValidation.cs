using System.Security.Claims;
using Audiobook.Jobs.State;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Dashboard.Accounts;

/// <summary>Checks a signed-in session against its user's row on every request: a removed user, a changed role or
/// publisher, or a locked account ends the session at once. The cookie alone would keep it for up to 8 hours (one
/// indexed lookup by primary key per page request is the price).</summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var valid = false;
        if (Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            // Looks past the tenant filter on purpose: the request's tenant is what this check is about to vouch for.
            var user = await services.GetRequiredService<AudiobookDbContext>().Users.IgnoreQueryFilters().AsNoTracking()
                .Where(u => u.Id == userId).Select(u => new { u.PublisherId, u.Role, u.LockedUntil })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            valid = user is not null
                && user.PublisherId == DashboardClaims.PublisherOf(principal)
                && SecurityServiceCollectionExtensions.Role(user.Role) == principal!.FindFirstValue(ClaimTypes.Role)
                && !(user.LockedUntil > now);
        }

        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DashboardClaims.CookieScheme);
        }
    }
}
