using Audiobook.Jobs.State;
using Microsoft.AspNetCore.Http;

namespace Audiobook.Dashboard.Accounts;

/// <summary>The tenant of the current request: the signed-in user's or the API token's publisher. Read lazily by the
/// database context's query filters, so it is right whichever middleware ran first; nobody signed in matches nothing.</summary>
internal sealed class RequestTenant(IHttpContextAccessor accessor) : ITenantScope
{
    public Guid PublisherId => DashboardClaims.PublisherOf(accessor.HttpContext?.User);
}
