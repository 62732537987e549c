using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;

namespace Audiobook.Dashboard.Tests;

/// <summary>The REST API on the real dashboard (Kestrel, PostgreSQL): the book and render round trips, RFC 9457
/// refusals, and the OpenAPI document. No worker runs here: renders stay queued unless a test cancels them.</summary>
public sealed class ApiTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Books_UploadListGetEstimateDelete_RoundTrip()
    {
        var (_, token) = await dashboard.AddTenantAsync("Round Trip Books", budget: 1_000_000);
        using var api = dashboard.Api(token);

        var created = await UploadAsync(api, "english-epub3.epub", await File.ReadAllBytesAsync(RepositoryRoot.File("samples", "english-epub3.epub")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var book = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = book.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/books/{id}", created.Headers.Location?.OriginalString);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/books");
        Assert.Contains(list.EnumerateArray(), b => b.GetProperty("id").GetGuid() == id);
        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/books/{id}");
        var chapters = one.GetProperty("chapters").EnumerateArray().ToList();
        Assert.NotEmpty(chapters);
        Assert.Equal(Enumerable.Range(1, chapters.Count), chapters.Select(c => c.GetProperty("index").GetInt32()));
        Assert.All(chapters, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetString()));
            Assert.True(c.GetProperty("characters").GetInt64() > 0);
        });
        var estimate = await api.GetFromJsonAsync<JsonElement>($"/api/v1/books/{id}/estimate?model=qwen3-tts-flash-realtime&region=intl");
        Assert.Equal("intl", estimate.GetProperty("region").GetString());
        Assert.Equal(one.GetProperty("billedCharacters").GetInt64(), estimate.GetProperty("billedCharacters").GetInt64());
        Assert.True(estimate.GetProperty("cost").GetDecimal() > 0);
        Assert.Equal(1_000_000, estimate.GetProperty("budgetLeft").GetInt64());

        var deleted = await api.DeleteAsync($"/api/v1/books/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/books/{id}")).StatusCode);
    }

    [Fact]
    public async Task Renders_CreateGetCancel_ReportStateAndChapters()
    {
        var (_, token) = await dashboard.AddTenantAsync("Render Api House");
        using var api = dashboard.Api(token);
        var book = await UploadedIdAsync(api, "three.md", TestBooks.Markdown("Three", 3, 4, seed: 5));

        var response = await api.PostAsJsonAsync("/api/v1/renders", new { bookId = book, voice = "Ethan", formats = "m4b", schedule = "now" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var render = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = render.GetProperty("id").GetGuid();
        Assert.Equal("queued", render.GetProperty("state").GetString());
        Assert.Contains(id, (await api.GetFromJsonAsync<JsonElement>("/api/v1/renders")).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        var cancel = await api.PostAsync($"/api/v1/renders/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/renders/{id}");
        Assert.Equal("cancelled", after.GetProperty("state").GetString());
        var again = await api.PostAsync($"/api/v1/renders/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Renders_UnknownVoice_ProblemWithTheReason()
    {
        var (_, token) = await dashboard.AddTenantAsync("Voice Refusals");
        using var api = dashboard.Api(token);
        var book = await UploadedIdAsync(api, "one.md", TestBooks.Markdown("One", 1, 3, seed: 9));

        var response = await api.PostAsJsonAsync("/api/v1/renders", new { bookId = book, voice = "Nobody" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (status, detail) = await Problem.ReadAsync(response);
        Assert.Equal(400, status);
        Assert.Equal("unknown voice 'Nobody' for model qwen3-tts-flash-realtime", detail);
    }

    [Fact]
    public async Task Voices_SystemVoicesOfTheModel_Listed()
    {
        var (_, token) = await dashboard.AddTenantAsync("Voice Lists");
        using var api = dashboard.Api(token);

        var voices = await api.GetFromJsonAsync<JsonElement>("/api/v1/voices?model=qwen3-tts-flash-realtime");

        Assert.Contains(voices.EnumerateArray(), v => v.GetProperty("name").GetString() == "Cherry" && v.GetProperty("kind").GetString() == "system");
    }

    [Fact]
    public async Task Api_WithoutOrWithARevokedToken_Unauthorized()
    {
        using var anonymous = new HttpClient { BaseAddress = dashboard.Url };
        using var forged = dashboard.Api("abk_not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/books")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/books")).StatusCode);
    }

    [Fact]
    public async Task Upload_LargerThanTheCap_RefusedWithTheLimit()
    {
        var (_, token) = await dashboard.AddTenantAsync("Big Books");
        using var api = dashboard.Api(token);
        var big = new byte[(2 * 1024 * 1024) + 100];
        Array.Fill(big, (byte)'a');

        var response = await UploadAsync(api, "big.txt", big);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("big.txt: larger than the upload limit of 2 MB", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Upload_UnsupportedType_Refused415()
    {
        var (_, token) = await dashboard.AddTenantAsync("Pdf Books");
        using var api = dashboard.Api(token);

        var response = await UploadAsync(api, "book.pdf", "%PDF-1.7"u8.ToArray());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.StartsWith("book.pdf: only EPUB, Markdown or plain-text books are taken", (await Problem.ReadAsync(response)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var client = new HttpClient { BaseAddress = dashboard.Url };

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/books", "/api/v1/books/{id}", "/api/v1/books/{id}/estimate", "/api/v1/voices", "/api/v1/renders",
                     "/api/v1/renders/{id}", "/api/v1/renders/{id}/cancel", "/api/v1/renders/{id}/rerender", "/api/v1/renders/{id}/files", "/api/v1/renders/{id}/files/{name}" })
        {
            Assert.Contains(path, paths);
        }
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient api, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await api.PostAsync("/api/v1/books", form);
    }

    internal static async Task<Guid> UploadedIdAsync(HttpClient api, string name, byte[] bytes)
    {
        var response = await UploadAsync(api, name, bytes);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
