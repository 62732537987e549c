namespace Audiobook.Dashboard.Tests.Support;

/// <summary>A dashboard whose sign-in form takes 4 attempts a minute from one address.</summary>
public sealed class ThrottledDashboardFixture : DashboardFixture
{
    public const int Attempts = 4;

    protected override int SignInAttempts => Attempts;
}
