namespace Audiobook.Jobs.State;

/// <summary>A person who signs in to the dashboard, always on behalf of one publisher.</summary>
public sealed class User
{
    public Guid Id { get; init; }

    public Guid PublisherId { get; init; }

    /// <summary>Lower-cased; unique across publishers.</summary>
    public required string Email { get; set; }

    /// <summary>ASP.NET Core Identity's <c>PasswordHasher</c> format (PBKDF2, salted).</summary>
    public required string PasswordHash { get; set; }

    public UserRole Role { get; set; }

    /// <summary>Failed sign-ins since the last success; reaching the limit locks the account for a while.</summary>
    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
