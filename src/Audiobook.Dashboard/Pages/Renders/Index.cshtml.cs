using Audiobook.Jobs.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audiobook.Dashboard.Pages.Renders;

/// <summary>The publisher's latest renders.</summary>
public sealed class RendersModel(RenderQueries queries) : PageModel
{
    public IReadOnlyList<RenderSummary> Renders { get; private set; } = [];

    // The tenant filter limits the list to the signed-in publisher.
    public async Task OnGetAsync(CancellationToken cancellationToken) => Renders = await queries.ListAsync(null, 100, cancellationToken);
}
