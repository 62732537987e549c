using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audiobook.Dashboard.Pages;

/// <summary>The home page is the books list.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/books");
}
