using System.Net;
using System.Text.RegularExpressions;

namespace Audiobook.Testing;

/// <summary>The dashboard's forms as a browser uses them: a cookie client that does not follow redirects (so being sent to
/// the sign-in page shows), the antiforgery token read from a page's form, and the sign-in form posted with it.</summary>
public static partial class DashboardForms
{
    /// <summary>A browser-like client (cookies, no automatic redirects): not signed in, or with <paramref name="cookies"/>
    /// another client of the same browser signed in with (as when the dashboard came back on another address).</summary>
    public static HttpClient Browser(Uri dashboard, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = dashboard };

    /// <summary>Posts the sign-in form as a browser would (antiforgery token from the form first).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var token = await FormTokenAsync(browser, "/signin").ConfigureAwait(false);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await browser.PostAsync(new Uri("/signin", UriKind.Relative), form).ConfigureAwait(false);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string page)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var html = await browser.GetStringAsync(new Uri(page, UriKind.Relative)).ConfigureAwait(false);
        return TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
