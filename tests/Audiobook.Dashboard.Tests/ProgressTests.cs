using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.Tests.TestSupport;

namespace Audiobook.Dashboard.Tests;

/// <summary>A render page's live progress is read from PostgreSQL, not kept by the dashboard: after a restart of the
/// dashboard a new stream carries the same state, and a change made elsewhere (a cancel through the API) ends it.</summary>
public sealed class ProgressTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Events_AfterADashboardRestart_SameStateThenDoneWhenCancelled()
    {
        var (publisher, token) = await dashboard.AddTenantAsync("Restart House");
        await dashboard.AddUserAsync(publisher.Id, "watcher@restart.example");
        Guid render;
        using (var api = dashboard.Api(token))
        {
            var book = await ApiTests.UploadedIdAsync(api, "restart.md", TestBooks.Markdown("Restart", 2, 3, seed: 8));
            var submitted = await api.PostAsJsonAsync("/api/v1/renders", new { bookId = book, voice = "Cherry", schedule = "nightly" });
            render = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using (var before = await dashboard.SignedInAsync("watcher@restart.example"))
        {
            var (kind, state) = await FirstEventAsync(before, render);
            Assert.Equal(("progress", "scheduled"), (kind, state));
        }

        await dashboard.StopDashboardAsync();
        await dashboard.StartDashboardAsync();

        using var after = await dashboard.SignedInAsync("watcher@restart.example");
        Assert.Equal(("progress", "scheduled"), await FirstEventAsync(after, render));
        using (var api = dashboard.Api(token))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/api/v1/renders/{render}/cancel", null)).StatusCode);
        }

        Assert.Equal(("done", "cancelled"), await FirstEventAsync(after, render));
    }

    /// <summary>The first server-sent event of the render's stream: its type and the render's state in it.</summary>
    private static async Task<(string Kind, string State)> FirstEventAsync(HttpClient browser, Guid render)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await browser.GetAsync($"/renders/{render}/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        string? kind = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return (kind!, JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("state").GetString()!);
            }
        }

        throw new InvalidOperationException("the stream ended without an event");
    }
}
