using System.Net;
using System.Net.Http.Headers;
using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Hosting;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.Dashboard.Tests;

/// <summary>Sign-in, lockout, roles, antiforgery, security headers, the Hangfire dashboard's policy, and logs without secrets.</summary>
public sealed class SecurityTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task SignIn_RightPassword_CookieOpensTheBooksPage()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Cookie House");
        await dashboard.AddUserAsync(publisher.Id, "editor@cookie.example");
        using var browser = dashboard.Browser();

        var response = await DashboardForms.SignInAsync(browser, "Editor@Cookie.example", DashboardFixture.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/books", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("audiobook.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/books")).StatusCode);
    }

    [Fact]
    public async Task Pages_NotSignedIn_RedirectToSignIn()
    {
        using var browser = dashboard.Browser();

        var response = await browser.GetAsync("/books");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LockTheAccountEvenForTheRightPassword()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Lockout House");
        await dashboard.AddUserAsync(publisher.Id, "target@lockout.example");
        using var browser = dashboard.Browser();
        for (var i = 0; i < 3; i++)
        {
            var wrong = await DashboardForms.SignInAsync(browser, "target@lockout.example", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await DashboardForms.SignInAsync(browser, "target@lockout.example", DashboardFixture.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("too many failed sign-ins: the account is locked until", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/books")).StatusCode);
        var user = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.SingleAsync(u => u.Email == "target@lockout.example"));
        Assert.NotNull(user.LockedUntil);
    }

    [Fact]
    public async Task SignIn_LockoutEnds_OnlyOnceItsDurationHasPassed()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Lockout Expiry House");
        await dashboard.AddUserAsync(publisher.Id, "expiry@lockout.example");
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = Options.Create(new DashboardOptions { MaxFailedSignIns = 2, LockoutDuration = TimeSpan.FromMinutes(15) });
        Task<SignInOutcome> SignInAsync(string password) => dashboard.WithAsync(s =>
            new PasswordSignIn(s.GetRequiredService<AudiobookDbContext>(), new PasswordHasher<User>(), options, clock, NullLogger<PasswordSignIn>.Instance)
                .SignInAsync("expiry@lockout.example", password, CancellationToken.None));

        await SignInAsync("wrong one");
        var locked = await SignInAsync("wrong two");
        clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        var stillLocked = await SignInAsync(DashboardFixture.Password);
        clock.Advance(TimeSpan.FromSeconds(2));
        var open = await SignInAsync(DashboardFixture.Password);

        Assert.StartsWith("too many failed sign-ins", locked.Refusal, StringComparison.Ordinal);
        Assert.Null(stillLocked.User);
        Assert.StartsWith("too many failed sign-ins", stillLocked.Refusal, StringComparison.Ordinal);
        Assert.NotNull(open.User);
        var user = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == "expiry@lockout.example"));
        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignIns);
    }

    [Fact]
    public async Task SignIn_UnknownEmailAndWrongPassword_ReadTheSame()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Same Answer House");
        await dashboard.AddUserAsync(publisher.Id, "known@same.example");
        using var browser = dashboard.Browser();

        var unknown = await (await DashboardForms.SignInAsync(browser, "nobody@same.example", "whatever 123")).Content.ReadAsStringAsync();
        var wrong = await (await DashboardForms.SignInAsync(browser, "known@same.example", "whatever 123")).Content.ReadAsStringAsync();

        Assert.Contains("the email or the password is wrong", unknown, StringComparison.Ordinal);
        Assert.Contains("the email or the password is wrong", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_WithoutItsAntiforgeryToken_Refused()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Forgery House");
        await dashboard.AddUserAsync(publisher.Id, "victim@forgery.example");
        using var browser = await dashboard.SignedInAsync("victim@forgery.example");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(TestBooks.Markdown("Forged", 1, 2, seed: 1)), "file", "forged.md");

        var response = await browser.PostAsync("/books", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Books.Where(b => b.PublisherId == publisher.Id).ToListAsync()));
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders()
    {
        using var browser = dashboard.Browser();

        var response = await browser.GetAsync("/signin");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hangfire_OperatorOnlyEvenFromLoopback()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Ops House");
        await dashboard.AddUserAsync(publisher.Id, "member@ops.example");
        await dashboard.AddUserAsync(publisher.Id, "operator@ops.example", UserRole.Operator);
        using var anonymous = dashboard.Browser();
        using var member = await dashboard.SignedInAsync("member@ops.example");
        using var operatorBrowser = await dashboard.SignedInAsync("operator@ops.example");

        // The requests come from 127.0.0.1, which Hangfire's default filter would let in: the policy must decide.
        var anonymousResponse = await anonymous.GetAsync("/hangfire");
        var memberResponse = await member.GetAsync("/hangfire");
        var operatorResponse = await operatorBrowser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.StartsWith("/signin", anonymousResponse.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, memberResponse.StatusCode);
        Assert.StartsWith("/denied", memberResponse.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, operatorResponse.StatusCode);
        Assert.Contains("Audiobook jobs", await operatorResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorPage_ListsEveryPublisherForOperatorsOnly()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Spend House");
        var (elsewhere, _) = await dashboard.AddTenantAsync("Elsewhere House");
        await dashboard.AddUserAsync(publisher.Id, "member@spend.example");
        await dashboard.AddUserAsync(publisher.Id, "operator@spend.example", UserRole.Operator);
        using var member = await dashboard.SignedInAsync("member@spend.example");
        using var operatorBrowser = await dashboard.SignedInAsync("operator@spend.example");

        var page = await operatorBrowser.GetStringAsync("/operator");

        Assert.Contains(elsewhere.Slug, page, StringComparison.Ordinal);
        Assert.Contains(publisher.Slug, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/operator")).StatusCode);
    }

    [Fact]
    public async Task Logs_NeverHoldPasswordsOrTokens()
    {
        var (publisher, token) = await dashboard.AddTenantAsync("Quiet House");
        await dashboard.AddUserAsync(publisher.Id, "quiet@quiet.example");
        using var browser = dashboard.Browser();
        await DashboardForms.SignInAsync(browser, "quiet@quiet.example", "a wrong secret 987");
        await DashboardForms.SignInAsync(browser, "quiet@quiet.example", DashboardFixture.Password);
        using var api = dashboard.Api(token);
        await api.GetAsync("/api/v1/books");
        using var wrongToken = dashboard.Api(token + "x");
        await wrongToken.GetAsync("/api/v1/books");

        var log = await ReadSharedAsync(dashboard.LogFile);

        Assert.Contains("signed in", log, StringComparison.Ordinal); // the log is written at all
        Assert.DoesNotContain(DashboardFixture.Password, log, StringComparison.Ordinal);
        Assert.DoesNotContain("a wrong secret 987", log, StringComparison.Ordinal);
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain(token[4..20], log, StringComparison.Ordinal);
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
