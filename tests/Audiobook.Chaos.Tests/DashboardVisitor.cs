using System.Net;
using System.Net.Http.Headers;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Chaos.Tests;

/// <summary>Someone using the dashboard while it is restarted: a publisher's member signed in with a browser (a cookie
/// client that does not follow redirects, so being sent to the sign-in page shows) and the same publisher's API token.</summary>
internal sealed class DashboardVisitor : IDisposable
{
    private const string Password = "chaos visitor 12345";

    private DashboardVisitor(HttpClient browser, HttpClient api)
    {
        Browser = browser;
        Api = api;
    }

    public HttpClient Browser { get; }

    public HttpClient Api { get; }

    /// <summary>Adds a member and a token to <paramref name="publisherId"/>, and signs the member in.</summary>
    public static async Task<DashboardVisitor> SignInAsync(RunningService stack, Guid publisherId)
    {
        var email = $"visitor-{Guid.NewGuid():N}@chaos.example";
        await stack.ReadAsync(sp => sp.GetRequiredService<UserDirectory>().AddAsync(publisherId, email, Password, UserRole.Member, CancellationToken.None));
        var (_, secret) = await stack.ReadAsync(sp => sp.GetRequiredService<ApiTokens>().CreateAsync(publisherId, "chaos visitor", CancellationToken.None));
        var browser = DashboardForms.Browser(stack.DashboardUrl);
        var api = new HttpClient { BaseAddress = stack.DashboardUrl };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var visitor = new DashboardVisitor(browser, api);
        using var signIn = await DashboardForms.SignInAsync(browser, email, Password);
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            visitor.Dispose();
            throw new InvalidOperationException($"sign-in answered {(int)signIn.StatusCode}, not a redirect");
        }

        return visitor;
    }

    /// <summary>What is wrong with the visitor's view of <paramref name="renderId"/> (its page in the browser, its JSON
    /// through the API), or null when both answer 200.</summary>
    public async Task<string?> ProblemWithAsync(Guid renderId)
    {
        using var page = await Browser.GetAsync($"/renders/{renderId}");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return $"the render page answered {(int)page.StatusCode}{(page.Headers.Location is { } to ? " to " + to : "")}";
        }

        using var api = await Api.GetAsync($"/api/v1/renders/{renderId}");
        return api.StatusCode == HttpStatusCode.OK ? null : $"GET /api/v1/renders/{{id}} answered {(int)api.StatusCode}";
    }

    public void Dispose()
    {
        Browser.Dispose();
        Api.Dispose();
    }
}
