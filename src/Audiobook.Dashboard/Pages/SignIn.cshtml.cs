using System.Security.Claims;
using Audiobook.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Audiobook.Dashboard.Pages;

/// <summary>The sign-in form: throttled per client address, locked after repeated failures, one line when refused.</summary>
[AllowAnonymous]
[EnableRateLimiting(Policies.SignInLimit)]
public sealed class SignInModel(PasswordSignIn signIn) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(Email, Password, cancellationToken);
        Password = "";
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Refusal;
            return Page();
        }

        var user = outcome.User!;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, SecurityServiceCollectionExtensions.Role(user.Role)),
            new Claim(DashboardClaims.Publisher, user.PublisherId.ToString()),
            new Claim(DashboardClaims.Actor, $"user:{user.Id}"),
        ], DashboardClaims.CookieScheme);
        await HttpContext.SignInAsync(DashboardClaims.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/books");
    }
}
