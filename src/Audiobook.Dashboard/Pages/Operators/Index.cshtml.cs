using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Dashboard.Pages.Operators;

/// <summary>Every publisher's queue, spend and failures this month (operators only). This page alone looks past the
/// tenant filter, deliberately.</summary>
public sealed class OperatorModel(AudiobookDbContext db, TimeProvider timeProvider) : PageModel
{
    public IReadOnlyList<PublisherLoad> Publishers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var publishers = await db.Publishers.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        var renders = await db.Renders.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.CreatedAt >= monthStart || r.State == RenderState.Queued || r.State == RenderState.Scheduled || r.State == RenderState.Running)
            .Select(r => new { r.PublisherId, r.State, r.BilledCharacters, r.PricePerTenThousand, r.Error, r.CreatedAt })
            .ToListAsync(cancellationToken);
        Publishers = publishers.Select(p =>
        {
            var own = renders.Where(r => r.PublisherId == p.Id).ToList();
            var month = own.Where(r => r.CreatedAt >= monthStart).ToList();
            return new PublisherLoad(p.Slug, p.Name,
                own.Count(r => r.State is RenderState.Queued or RenderState.Scheduled),
                own.Count(r => r.State == RenderState.Running),
                month.Count(r => r.State == RenderState.Failed),
                month.Sum(r => r.BilledCharacters),
                month.Sum(r => RenderCost.Of(r.BilledCharacters, r.PricePerTenThousand)),
                p.MonthlyBudgetCharacters,
                month.Where(r => r.State == RenderState.Failed).OrderByDescending(r => r.CreatedAt).Select(r => r.Error).FirstOrDefault());
        }).ToList();
    }
}
