using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.Submissions;

/// <summary>What a publisher has used or committed in the calendar month (UTC) of <c>now</c>: the billed characters of
/// its renders created that month, taking unfinished renders at their full estimate.</summary>
public static class MonthlyUsage
{
    public static async Task<long> CharactersAsync(AudiobookDbContext db, Guid publisherId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var renders = await db.Renders.AsNoTracking()
            .Where(r => r.PublisherId == publisherId && r.CreatedAt >= monthStart)
            .Select(r => new { r.State, r.BilledCharacters, r.EstimatedBilledCharacters })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return renders.Sum(r => r.State is RenderState.Succeeded or RenderState.Failed or RenderState.Cancelled
            ? r.BilledCharacters
            : Math.Max(r.BilledCharacters, r.EstimatedBilledCharacters));
    }
}
