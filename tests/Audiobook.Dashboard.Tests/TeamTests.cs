using System.Net;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Dashboard.Tests;

/// <summary>The team page: a publisher's admin adds, removes and unlocks its members and sees the month's spend against
/// its budget; a removed member's session ends at once; another publisher's members are out of reach.</summary>
public sealed class TeamTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task AdminAddsAMember_TheMemberSignsInButCannotOpenTheTeamPage()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Team House", budget: 5000);
        await dashboard.AddUserAsync(publisher.Id, "admin@team.example", UserRole.Admin);
        using var admin = await dashboard.SignedInAsync("admin@team.example");

        var page = await admin.GetStringAsync("/team");
        using var added = await PostAsync(admin, "Add", new() { ["email"] = "New.Editor@team.example", ["password"] = DashboardFixture.Password, ["role"] = "member" });

        Assert.Contains("of a monthly budget of <strong>5,000</strong>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Added new.editor@team.example", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.SingleAsync(u => u.Email == "new.editor@team.example"));
        Assert.Equal((publisher.Id, UserRole.Member), (user.PublisherId, user.Role));
        using var member = await dashboard.SignedInAsync("new.editor@team.example");
        var denied = await member.GetAsync("/team");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location?.PathAndQuery ?? denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedMember_SessionEndsAtItsNextRequest()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Parting House");
        await dashboard.AddUserAsync(publisher.Id, "admin@parting.example", UserRole.Admin);
        var leaving = await dashboard.AddUserAsync(publisher.Id, "leaving@parting.example");
        using var admin = await dashboard.SignedInAsync("admin@parting.example");
        using var member = await dashboard.SignedInAsync("leaving@parting.example");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/books")).StatusCode);

        using var removed = await PostAsync(admin, "Remove", new() { ["userId"] = leaving.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.AnyAsync(u => u.Id == leaving.Id)));
        // The same cookie, a moment later: signed out, not 8 hours later when the cookie would expire.
        var after = await member.GetAsync("/books");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPublishersMember_NotFoundAndUntouched()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Nosy House");
        var (other, _) = await dashboard.AddTenantAsync("Private House");
        await dashboard.AddUserAsync(publisher.Id, "admin@nosy.example", UserRole.Admin);
        var stranger = await dashboard.AddUserAsync(other.Id, "stranger@private.example");
        using var admin = await dashboard.SignedInAsync("admin@nosy.example");

        using var remove = await PostAsync(admin, "Remove", new() { ["userId"] = stranger.Id.ToString() });
        using var unlock = await PostAsync(admin, "Unlock", new() { ["userId"] = stranger.Id.ToString() });
        var page = await admin.GetStringAsync("/team");

        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);
        Assert.DoesNotContain("stranger@private.example", page, StringComparison.Ordinal);
        Assert.True(await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.AnyAsync(u => u.Id == stranger.Id)));
    }

    [Theory]
    [InlineData("self", "you cannot remove yourself")]
    [InlineData("operator", "operators are removed with `audiobook user`")]
    [InlineData("grant-operator", "the role must be member or admin")]
    [InlineData("short-password", "the password must have at least 10 characters")]
    [InlineData("taken-email", "already exists")]
    public async Task Refusals_AreOneLineAnd400AndChangeNothing(string attempt, string reason)
    {
        var house = $"Refusing House {attempt}";
        var (publisher, _) = await dashboard.AddTenantAsync(house);
        var me = await dashboard.AddUserAsync(publisher.Id, $"admin@{attempt}.refusing.example", UserRole.Admin);
        var staff = await dashboard.AddUserAsync(publisher.Id, $"staff@{attempt}.refusing.example", UserRole.Operator);
        using var admin = await dashboard.SignedInAsync(me.Email);
        Dictionary<string, string> Add(string email, string password, string role) => new() { ["email"] = email, ["password"] = password, ["role"] = role };

        using var response = attempt switch
        {
            "self" => await PostAsync(admin, "Remove", new() { ["userId"] = me.Id.ToString() }),
            "operator" => await PostAsync(admin, "Remove", new() { ["userId"] = staff.Id.ToString() }),
            "grant-operator" => await PostAsync(admin, "Add", Add($"new@{attempt}.refusing.example", DashboardFixture.Password, "operator")),
            "short-password" => await PostAsync(admin, "Add", Add($"new@{attempt}.refusing.example", "short", "member")),
            _ => await PostAsync(admin, "Add", Add(staff.Email, DashboardFixture.Password, "member")),
        };

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var count = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.CountAsync(u => u.PublisherId == publisher.Id));
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task LockedMember_UnlockedByTheAdmin_SignsInAgainAtOnce()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Forgetful House");
        await dashboard.AddUserAsync(publisher.Id, "admin@forgetful.example", UserRole.Admin);
        var member = await dashboard.AddUserAsync(publisher.Id, "member@forgetful.example");
        using (var browser = dashboard.Browser())
        {
            for (var i = 0; i < 3; i++)
            {
                await DashboardForms.SignInAsync(browser, member.Email, "wrong password " + i);
            }
        }

        using var admin = await dashboard.SignedInAsync("admin@forgetful.example");
        Assert.Contains("Unlock", await admin.GetStringAsync("/team"), StringComparison.Ordinal);

        using var unlocked = await PostAsync(admin, "Unlock", new() { ["userId"] = member.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        using var again = await dashboard.SignedInAsync(member.Email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/books")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await DashboardForms.FormTokenAsync(browser, "/team");
        return await browser.PostAsync($"/team?handler={handler}", new FormUrlEncodedContent(fields));
    }
}
