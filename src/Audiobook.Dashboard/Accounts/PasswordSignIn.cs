using System.Globalization;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Dashboard.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audiobook.Dashboard.Accounts;

/// <summary>Checks an email and password against the users table with Identity's <see cref="IPasswordHasher{TUser}"/>;
/// <see cref="DashboardOptions.MaxFailedSignIns"/> failures in a row lock the account for
/// <see cref="DashboardOptions.LockoutDuration"/>. A wrong email and a wrong password read the same.</summary>
public sealed partial class PasswordSignIn(
    AudiobookDbContext db,
    IPasswordHasher<User> hasher,
    IOptions<DashboardOptions> options,
    TimeProvider timeProvider,
    ILogger<PasswordSignIn> logger)
{
    public const string WrongCredentials = "the email or the password is wrong";

    /// <summary>Verified against when the email is unknown, so an unknown email costs the same time as a wrong password.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var address = UserDirectory.NormalizeEmail(email);
        // Deliberately unscoped: nobody is signed in yet, and the email says whose account it is.
        var user = await db.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Email == address, cancellationToken);
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password ?? "");
            LogUnknownEmail(logger);
            return new SignInOutcome(null, WrongCredentials);
        }

        var now = timeProvider.GetUtcNow();
        if (user.LockedUntil is { } until && until > now)
        {
            LogLockedOut(logger, user.Id);
            return new SignInOutcome(null, Locked(until));
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= options.Value.MaxFailedSignIns)
            {
                user.FailedSignIns = 0;
                user.LockedUntil = now + options.Value.LockoutDuration;
                LogLocked(logger, user.Id, options.Value.MaxFailedSignIns);
            }
            else
            {
                LogWrongPassword(logger, user.Id, user.FailedSignIns);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new SignInOutcome(null, user.LockedUntil is { } lockedUntil && lockedUntil > now ? Locked(lockedUntil) : WrongCredentials);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password!);
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        LogSignedIn(logger, user.Id);
        return new SignInOutcome(user, null);
    }

    private static string Locked(DateTimeOffset until) =>
        string.Create(CultureInfo.InvariantCulture, $"too many failed sign-ins: the account is locked until {until.UtcDateTime:HH:mm:ss} UTC");

    [LoggerMessage(LogLevel.Information, "Sign-in refused: unknown email")]
    private static partial void LogUnknownEmail(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Sign-in refused for user {UserId}: wrong password ({Failures} in a row)")]
    private static partial void LogWrongPassword(ILogger logger, Guid userId, int failures);

    [LoggerMessage(LogLevel.Warning, "User {UserId} locked after {Failures} failed sign-ins")]
    private static partial void LogLocked(ILogger logger, Guid userId, int failures);

    [LoggerMessage(LogLevel.Information, "Sign-in refused for user {UserId}: locked")]
    private static partial void LogLockedOut(ILogger logger, Guid userId);

    [LoggerMessage(LogLevel.Information, "User {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);
}
