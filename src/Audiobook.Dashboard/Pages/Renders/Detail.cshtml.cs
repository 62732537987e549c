using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Renders;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audiobook.Dashboard.Pages.Renders;

/// <summary>A render: live per-chapter progress (server-sent events from its rows), each finished chapter to listen to,
/// the downloads, re-render one chapter, cancel.</summary>
public sealed class DetailModel(RenderQueries queries, RenderFiles files, RenderCommands commands) : PageModel
{
    public RenderDto Render { get; private set; } = null!;

    public IReadOnlyList<RenderFile> Files { get; private set; } = [];

    public IReadOnlyList<Jobs.State.RenderEvent> Events { get; private set; } = [];

    public string? Refusal { get; private set; }

    public bool IsFinished { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await commands.CancelAsync(id, DashboardClaims.ActorOf(User), cancellationToken);
        return Redirect($"/renders/{id}");
    }

    public async Task<IActionResult> OnPostRerenderAsync(Guid id, int chapter, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await commands.RerenderAsync(id, [chapter], force: false, DashboardClaims.ActorOf(User), cancellationToken);
            return Redirect($"/renders/{id}");
        }
        catch (SubmissionException ex)
        {
            Refusal = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    /// <summary>The chapter's MP3 (to listen to in the page), if it has one.</summary>
    public static string? Mp3Of(RenderChapterDto chapter) =>
        chapter?.Files.FirstOrDefault(f => f.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase));

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(id, 12, cancellationToken) is not { } detail)
        {
            return false;
        }

        Render = RenderDto.Of(detail.Summary, detail.Chapters);
        IsFinished = detail.Summary.IsFinished;
        Files = files.List(detail.Render);
        Events = detail.RecentEvents;
        return true;
    }
}
