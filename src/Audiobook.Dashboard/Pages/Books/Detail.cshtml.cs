using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Books;
using Audiobook.Dashboard.Voices;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Dashboard.Pages.Books;

/// <summary>A book: metadata and cover, chapters, the cost estimate with the budget left, voices with a preview of the
/// book's opening, submit now or tonight, the pronunciation lexicon (which chapters an edit changes, and re-rendering
/// just those), and the book's renders.</summary>
public sealed class DetailModel(
    BookService books,
    VoiceService voices,
    RenderSubmitter submitter,
    RenderCommands commands,
    RenderQueries queries,
    AudiobookDbContext db) : PageModel
{
    public Book Book { get; private set; } = null!;

    public BookEstimate? Estimate { get; private set; }

    public IReadOnlyList<Api.VoiceDto> Voices { get; private set; } = [];

    public IReadOnlyList<RenderSummary> Renders { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string Model { get; set; } = VoiceService.DefaultModel;

    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = "cn";

    public string? Refusal { get; private set; }

    public LexiconChange? Change { get; private set; }

    /// <summary>The newest finished render of this book, which a lexicon change can re-render in part.</summary>
    public RenderSummary? LatestFinished => Renders.FirstOrDefault(r => r.IsFinished && r.Render.State != RenderState.Cancelled);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, string? voice, string? profile, string? formats, string? schedule, CancellationToken cancellationToken)
    {
        try
        {
            var request = RenderRequests.From(new CreateRenderDto(id, Model, voice, profile, formats, schedule, Region), DashboardClaims.ActorOf(User));
            var render = await submitter.SubmitAsync(DashboardClaims.PublisherOf(User), request, cancellationToken);
            return Redirect($"/renders/{render.Id}");
        }
        catch (SubmissionException ex)
        {
            return await RefuseAsync(id, ex, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostLexiconAsync(Guid id, string? lexicon, CancellationToken cancellationToken)
    {
        try
        {
            Change = await books.SaveLexiconAsync(id, lexicon ?? "", cancellationToken);
        }
        catch (SubmissionException ex)
        {
            return await RefuseAsync(id, ex, cancellationToken);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRerenderAsync(Guid id, Guid renderId, string? chapters, CancellationToken cancellationToken)
    {
        try
        {
            if (await ApiEndpoints.FindRenderAsync(db, renderId, cancellationToken) is not { } render || render.BookId != id)
            {
                return NotFound();
            }

            var numbers = (chapters ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => int.TryParse(n, out var number) ? number : -1).ToList();
            await commands.RerenderAsync(renderId, numbers, force: false, DashboardClaims.ActorOf(User), cancellationToken);
            return Redirect($"/renders/{renderId}");
        }
        catch (SubmissionException ex)
        {
            return await RefuseAsync(id, ex, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return await books.DeleteAsync(id, cancellationToken) ? Redirect("/books") : NotFound();
        }
        catch (SubmissionException ex)
        {
            return await RefuseAsync(id, ex, cancellationToken);
        }
    }

    private async Task<IActionResult> RefuseAsync(Guid id, SubmissionException refusal, CancellationToken cancellationToken)
    {
        if (refusal.IsNotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Refusal = refusal.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await books.FindAsync(id, cancellationToken) is not { } book)
        {
            return false;
        }

        Book = book;
        try
        {
            Estimate = await books.EstimateAsync(book, Model, Region, cancellationToken);
            Voices = await voices.ListAsync(Model, cancellationToken);
        }
        catch (SubmissionException ex)
        {
            Refusal ??= ex.Message;
        }

        Renders = (await queries.ListAsync(null, 200, cancellationToken)).Where(r => r.Render.BookId == id).ToList();
        return true;
    }
}
