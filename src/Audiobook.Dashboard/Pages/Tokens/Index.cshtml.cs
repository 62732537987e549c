using Audiobook.Dashboard.Accounts;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Dashboard.Pages.Tokens;

/// <summary>The publisher's API tokens (admins): create one (shown once, only its hash kept), revoke one.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class TokensModel(ApiTokens tokens, AudiobookDbContext db) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The token just created, shown this once.</summary>
    public string? Secret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        (_, Secret) = await tokens.CreateAsync(DashboardClaims.PublisherOf(User), name ?? "api", cancellationToken);
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        await tokens.RevokeAsync(DashboardClaims.PublisherOf(User), tokenId, cancellationToken);
        return Redirect("/tokens");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
}
