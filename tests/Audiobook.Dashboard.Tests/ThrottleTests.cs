using System.Net;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Dashboard.Tests;

/// <summary>The sign-in form is throttled per client address: past the window's attempts the answer is 429 and the
/// password is not even checked; reading the form stays free.</summary>
public sealed class ThrottleTests(ThrottledDashboardFixture dashboard) : IClassFixture<ThrottledDashboardFixture>
{
    [Fact]
    public async Task SignIn_MoreAttemptsThanTheWindowAllows_429()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Throttle House");
        await dashboard.AddUserAsync(publisher.Id, "guessed@throttle.example");
        using var browser = dashboard.Browser();
        for (var i = 0; i < ThrottledDashboardFixture.Attempts; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await DashboardForms.SignInAsync(browser, $"nobody{i}@throttle.example", "guess " + i)).StatusCode);
        }

        var throttled = await DashboardForms.SignInAsync(browser, "guessed@throttle.example", DashboardFixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/signin")).StatusCode);
        var user = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.SingleAsync(u => u.Email == "guessed@throttle.example"));
        Assert.Null(user.LastSignInAt);
    }
}
