using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Dashboard.Tests;

/// <summary>A publisher can never read, download, re-render or cancel another publisher's book, render or voice by
/// naming its id: every endpoint answers 404, exactly as for an id that does not exist, and nothing of the owner's changes.</summary>
public sealed class TenancyTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task EveryEndpoint_AnotherPublishersIds_NotFoundAndNothingChanges()
    {
        var (owner, ownerToken) = await dashboard.AddTenantAsync("Owner House");
        var (_, otherToken) = await dashboard.AddTenantAsync("Other House");
        using var ownerApi = dashboard.Api(ownerToken);
        using var otherApi = dashboard.Api(otherToken);
        var book = await ApiTests.UploadedIdAsync(ownerApi, "owned.md", TestBooks.Markdown("Owned", 2, 3, seed: 3));
        var submitted = await ownerApi.PostAsJsonAsync("/api/v1/renders", new { bookId = book, voice = "Cherry", schedule = "nightly" });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var render = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var unknown = Guid.CreateVersion7();

        foreach (var id in new[] { book, unknown })
        {
            await AssertNotFoundAsync(otherApi.GetAsync($"/api/v1/books/{id}"));
            await AssertNotFoundAsync(otherApi.GetAsync($"/api/v1/books/{id}/estimate"));
            await AssertNotFoundAsync(otherApi.DeleteAsync($"/api/v1/books/{id}"));
            await AssertNotFoundAsync(otherApi.PostAsJsonAsync("/api/v1/renders", new { bookId = id, voice = "Cherry" }));
        }

        foreach (var id in new[] { render, unknown })
        {
            await AssertNotFoundAsync(otherApi.GetAsync($"/api/v1/renders/{id}"));
            await AssertNotFoundAsync(otherApi.PostAsync($"/api/v1/renders/{id}/cancel", null));
            await AssertNotFoundAsync(otherApi.PostAsJsonAsync($"/api/v1/renders/{id}/rerender", new { chapters = new[] { 1 } }));
            await AssertNotFoundAsync(otherApi.GetAsync($"/api/v1/renders/{id}/files"));
            await AssertNotFoundAsync(otherApi.GetAsync($"/api/v1/renders/{id}/files/manifest.json"));
        }

        Assert.Empty((await otherApi.GetFromJsonAsync<JsonElement>("/api/v1/books")).EnumerateArray());
        Assert.Empty((await otherApi.GetFromJsonAsync<JsonElement>("/api/v1/renders")).EnumerateArray());
        // The owner's book and render are untouched: still there, still scheduled.
        Assert.Equal(HttpStatusCode.OK, (await ownerApi.GetAsync($"/api/v1/books/{book}")).StatusCode);
        Assert.Equal("scheduled", (await ownerApi.GetFromJsonAsync<JsonElement>($"/api/v1/renders/{render}")).GetProperty("state").GetString());
        Assert.Equal(owner.Id, (await dashboard.RenderAsync(render)).PublisherId);
    }

    [Fact]
    public async Task Pages_AnotherPublishersIds_NotFound()
    {
        var (owner, ownerToken) = await dashboard.AddTenantAsync("Page Owner");
        var (other, _) = await dashboard.AddTenantAsync("Page Other");
        await dashboard.AddUserAsync(other.Id, "reader@other.example");
        using var ownerApi = dashboard.Api(ownerToken);
        var book = await ApiTests.UploadedIdAsync(ownerApi, "page.md", TestBooks.Markdown("Page", 1, 3, seed: 4));
        var submitted = await ownerApi.PostAsJsonAsync("/api/v1/renders", new { bookId = book, voice = "Cherry", schedule = "nightly" });
        var render = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var browser = await dashboard.SignedInAsync("reader@other.example");

        foreach (var path in new[] { $"/books/{book}", $"/books/{book}/cover", $"/books/{book}/preview?voice=Cherry", $"/renders/{render}",
                     $"/renders/{render}/events", $"/renders/{render}/files/manifest.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(path)).StatusCode);
        }

        Assert.DoesNotContain("Page", await browser.GetStringAsync("/books"), StringComparison.Ordinal);
        Assert.Equal(owner.Id, (await dashboard.RenderAsync(render)).PublisherId);
    }

    [Fact]
    public async Task Voices_DesignedVoice_ListedOnlyForItsPublisher()
    {
        var (owner, ownerToken) = await dashboard.AddTenantAsync("Voice Owner");
        var (_, otherToken) = await dashboard.AddTenantAsync("Voice Other");
        const string Model = "qwen3-tts-vd-realtime-2026-01-15";
        await dashboard.AddUserAsync(owner.Id, "voices@owner.example");
        using var browser = await dashboard.SignedInAsync("voices@owner.example");
        var token = await DashboardForms.FormTokenAsync(browser, $"/voices?Model={Model}");
        var designed = await browser.PostAsync("/voices?handler=Design", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Model"] = Model,
            ["name"] = "narrator",
            ["description"] = "a calm, low narrator",
            ["previewText"] = "Hello there.",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, designed.StatusCode);
        var voice = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().PublisherVoices.SingleAsync(v => v.PublisherId == owner.Id));
        using var ownerApi = dashboard.Api(ownerToken);
        using var otherApi = dashboard.Api(otherToken);

        var ownerList = await ownerApi.GetFromJsonAsync<JsonElement>($"/api/v1/voices?model={Model}");
        var otherList = await otherApi.GetFromJsonAsync<JsonElement>($"/api/v1/voices?model={Model}");

        Assert.Contains(ownerList.EnumerateArray(), v => v.GetProperty("name").GetString() == voice.VoiceId && v.GetProperty("kind").GetString() == "design");
        Assert.DoesNotContain(otherList.EnumerateArray(), v => v.GetProperty("name").GetString() == voice.VoiceId);
        Assert.True(await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().PublisherVoices.AnyAsync(v => v.VoiceId == voice.VoiceId)));
    }

    private static async Task AssertNotFoundAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await Problem.ReadAsync(response)).Status);
    }
}
