using System.Net.Mail;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.Accounts;

/// <summary>The dashboard's users: created by operators (<c>audiobook user add</c>) or a publisher's admin. Passwords are
/// kept only as ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> hash (PBKDF2, salted, versioned).</summary>
public sealed class UserDirectory(AudiobookDbContext db, IPasswordHasher<User> hasher, TimeProvider timeProvider)
{
    /// <summary>Shorter passwords are refused: a length floor is what NIST SP 800-63B asks for, not composition rules.</summary>
    public const int MinimumPasswordLength = 10;

    public async Task<User> AddAsync(Guid publisherId, string email, string password, UserRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var address = NormalizeEmail(email);
        if (address.Length > 320 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            throw new SubmissionException($"'{email}' is not an email address");
        }

        if (password.Length < MinimumPasswordLength)
        {
            throw new SubmissionException($"the password must have at least {MinimumPasswordLength} characters");
        }

        // Emails are unique across publishers, so this looks past the tenant filter on purpose.
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == address, cancellationToken).ConfigureAwait(false))
        {
            throw new SubmissionException($"a user '{address}' already exists");
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            PublisherId = publisherId,
            Email = address,
            PasswordHash = "",
            Role = role,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>Removes <paramref name="userId"/> from <paramref name="publisherId"/>'s team; false when the publisher has no
    /// such user. Their sessions end at their next request (the dashboard checks the user on every request).</summary>
    public async Task<bool> RemoveAsync(Guid publisherId, Guid userId, CancellationToken cancellationToken)
    {
        var removed = await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId && u.PublisherId == publisherId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    /// <summary>Ends a lockout early (an admin who knows it was the user mistyping); false when there is no such user.</summary>
    public async Task<bool> UnlockAsync(Guid publisherId, Guid userId, CancellationToken cancellationToken)
    {
        var changed = await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId && u.PublisherId == publisherId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockedUntil, (DateTimeOffset?)null).SetProperty(x => x.FailedSignIns, 0), cancellationToken)
            .ConfigureAwait(false);
        return changed > 0;
    }

    public Task<List<User>> ListAsync(Guid publisherId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.PublisherId == publisherId).OrderBy(u => u.Email).ToListAsync(cancellationToken);

    /// <summary>Emails are compared trimmed and lower-cased (the stored form).</summary>
    public static string NormalizeEmail(string email) => (email ?? "").Trim().ToLowerInvariant();
}
