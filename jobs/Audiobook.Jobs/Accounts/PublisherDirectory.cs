using System.Text.RegularExpressions;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.Accounts;

/// <summary>Creates and finds publishers (tenants). Operators name them by slug or id.</summary>
public sealed partial class PublisherDirectory(AudiobookDbContext db, TimeProvider timeProvider)
{
    public async Task<Publisher> AddAsync(string name, string? slug, long? monthlyBudgetCharacters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = slug ?? Slugify(name);
        if (!SlugPattern().IsMatch(key))
        {
            throw new SubmissionException($"publisher slug '{key}' must be 2-64 lower-case letters, digits and dashes");
        }

        CheckBudget(monthlyBudgetCharacters);
        if (await db.Publishers.AnyAsync(p => p.Slug == key, cancellationToken).ConfigureAwait(false))
        {
            throw new SubmissionException($"a publisher '{key}' already exists");
        }

        var publisher = new Publisher
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            Slug = key,
            Name = name.Trim(),
            MonthlyBudgetCharacters = monthlyBudgetCharacters,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.Publishers.Add(publisher);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return publisher;
    }

    /// <summary>Sets (or with null, lifts) the publisher's monthly budget from now on; renders already accepted stay.</summary>
    public async Task<Publisher> SetBudgetAsync(string slugOrId, long? monthlyBudgetCharacters, CancellationToken cancellationToken)
    {
        CheckBudget(monthlyBudgetCharacters);
        var publisher = await FindAsync(slugOrId, cancellationToken).ConfigureAwait(false);
        await db.Publishers.Where(p => p.Id == publisher.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.MonthlyBudgetCharacters, monthlyBudgetCharacters), cancellationToken).ConfigureAwait(false);
        publisher.MonthlyBudgetCharacters = monthlyBudgetCharacters;
        return publisher;
    }

    public Task<List<Publisher>> ListAsync(CancellationToken cancellationToken) =>
        db.Publishers.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);

    /// <summary>The publisher with this slug or id; a <see cref="SubmissionException"/> (not found) otherwise.</summary>
    public async Task<Publisher> FindAsync(string slugOrId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slugOrId);
        var slug = slugOrId.ToLowerInvariant(); // slugs are stored lower-case
        var publisher = Guid.TryParse(slugOrId, out var id)
            ? await db.Publishers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false)
            : await db.Publishers.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken).ConfigureAwait(false);
        return publisher ?? throw SubmissionException.NotFound($"publisher '{slugOrId}'");
    }

    private static void CheckBudget(long? monthlyBudgetCharacters)
    {
        if (monthlyBudgetCharacters is < 0)
        {
            throw new SubmissionException("the monthly budget must be 0 or more billed characters");
        }
    }

    private static string Slugify(string name)
    {
        var slug = NonSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 64 ? slug[..64].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
