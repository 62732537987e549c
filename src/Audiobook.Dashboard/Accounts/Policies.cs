namespace Audiobook.Dashboard.Accounts;

/// <summary>The authorization policies: pages take the cookie, the REST API the bearer token.</summary>
public static class Policies
{
    /// <summary>A publisher's admin (users, tokens, budget) or an operator.</summary>
    public const string Admin = "admin";

    /// <summary>Operators only: every publisher's queues and the Hangfire dashboard.</summary>
    public const string Operator = "operator";

    /// <summary>A bearer API token (<c>/api/v1</c>).</summary>
    public const string Api = "api";

    /// <summary>The sign-in form's rate limit (per client address, POSTs only).</summary>
    public const string SignInLimit = "sign-in";
}
