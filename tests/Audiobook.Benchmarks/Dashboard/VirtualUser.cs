using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Audiobook.Benchmarks.Dashboard;

/// <summary>One publisher's user in the load: signs in like a browser, then until told to stop browses the books list,
/// the book page, the render page and two API calls (with the publisher's token), pausing <c>think</c> between requests,
/// while one server-sent-events stream of the render's progress stays open beside them, as the render page keeps it.</summary>
internal sealed partial class VirtualUser(Uri baseAddress, string email, string password, string token, Guid bookId, Guid renderId, TimeSpan think, LatencyLog log)
    : IDisposable
{
    private readonly HttpClient _browser = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    private readonly HttpClient _api = new() { BaseAddress = baseAddress };

    public int ProgressEvents { get; private set; }

    public void Dispose()
    {
        _browser.Dispose();
        _api.Dispose();
    }

    /// <summary>Browses and follows the render's progress until <paramref name="stop"/>; sign in first.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var browser = _browser;
        var api = _api;
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var follow = FollowAsync(browser, stop);
        (HttpClient Client, string What, string Path)[] rounds =
        [
            (browser, "page /books", "/books"),
            (browser, "page /books/{id}", $"/books/{bookId}"),
            (browser, "page /renders/{id}", $"/renders/{renderId}"),
            (api, "api GET /api/v1/renders/{id}", $"/api/v1/renders/{renderId}"),
            (api, "api GET /api/v1/books", "/api/v1/books"),
        ];
        var i = Random.Shared.Next(rounds.Length); // users start at different pages
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var (client, what, path) = rounds[i++ % rounds.Length];
                await TimeAsync(client, what, path, stop).ConfigureAwait(false);
                await Task.Delay(think, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await follow.ConfigureAwait(false);
    }

    private async Task TimeAsync(HttpClient client, string what, string path, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(path, stop).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(stop).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                log.Add(what, clock.Elapsed.TotalMilliseconds);
            }
            else
            {
                log.Fail(what);
            }
        }
        catch (HttpRequestException)
        {
            log.Fail(what);
        }
    }

    private async Task FollowAsync(HttpClient browser, CancellationToken stop)
    {
        try
        {
            using var response = await browser.GetAsync($"/renders/{renderId}/events", HttpCompletionOption.ResponseHeadersRead, stop).ConfigureAwait(false);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop).ConfigureAwait(false));
            while (await reader.ReadLineAsync(stop).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    ProgressEvents++;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (HttpRequestException)
        {
            log.Fail("sse /renders/{id}/events");
        }
    }

    public async Task SignInAsync(CancellationToken stop)
    {
        var browser = _browser;
        var form = await browser.GetStringAsync("/signin", stop).ConfigureAwait(false);
        var antiforgery = TokenField().Match(form).Groups[1].Value;
        using var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }), stop).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in ({(int)response.StatusCode})");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
