using Audiobook.Jobs.State;

namespace Audiobook.Dashboard.Accounts;

/// <summary>What a sign-in attempt came to: the user, or the one line to show instead.</summary>
public sealed record SignInOutcome(User? User, string? Refusal)
{
    public bool Succeeded => User is not null;
}
