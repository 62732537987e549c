using Audiobook.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audiobook.Dashboard.Pages;

/// <summary>Signs out (POST only, with its antiforgery token, so no link on another site can do it).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/books");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(DashboardClaims.CookieScheme);
        return Redirect("/signin");
    }
}
