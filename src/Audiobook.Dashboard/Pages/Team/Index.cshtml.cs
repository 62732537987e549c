using System.Security.Claims;
using Audiobook.Dashboard.Accounts;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Dashboard.Pages.Team;

/// <summary>The publisher's team (admins): its members with their roles, last sign-in and lockout; add a member or an
/// admin, remove one, end a lockout; and the month's spend against the publisher's budget. Operators, who run the whole
/// service, are granted and removed with <c>audiobook user</c> only.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class TeamModel(UserDirectory users, AudiobookDbContext db, TimeProvider timeProvider) : PageModel
{
    public IReadOnlyList<User> Members { get; private set; } = [];

    /// <summary>The publisher's monthly budget in billed characters (null: none).</summary>
    public long? Budget { get; private set; }

    /// <summary>Billed characters used or committed this calendar month (UTC).</summary>
    public long UsedThisMonth { get; private set; }

    public string? Refusal { get; private set; }

    public string? Added { get; private set; }

    public Guid Me => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? email, string? password, string? role, CancellationToken cancellationToken)
    {
        UserRole? granted = role switch
        {
            "member" => UserRole.Member,
            "admin" => UserRole.Admin,
            _ => null,
        };
        try
        {
            if (granted is not { } chosen)
            {
                throw new SubmissionException("the role must be member or admin (operators are added with `audiobook user add`)");
            }

            var user = await users.AddAsync(DashboardClaims.PublisherOf(User), email ?? "", password ?? "", chosen, cancellationToken);
            Added = user.Email;
        }
        catch (SubmissionException ex)
        {
            Refusal = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var member = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        if (member.Id == Me || member.Role == UserRole.Operator)
        {
            Refusal = member.Id == Me
                ? "you cannot remove yourself: another admin can"
                : "operators are removed with `audiobook user`, not from the team page";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }

        return await users.RemoveAsync(DashboardClaims.PublisherOf(User), userId, cancellationToken) ? Redirect("/team") : NotFound();
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.UnlockAsync(DashboardClaims.PublisherOf(User), userId, cancellationToken) ? Redirect("/team") : NotFound();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var publisher = DashboardClaims.PublisherOf(User);
        Members = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        Budget = await db.Publishers.Where(p => p.Id == publisher).Select(p => p.MonthlyBudgetCharacters).SingleOrDefaultAsync(cancellationToken);
        UsedThisMonth = await MonthlyUsage.CharactersAsync(db, publisher, Now, cancellationToken);
    }
}
