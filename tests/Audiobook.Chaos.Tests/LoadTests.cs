using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.TtsServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Audiobook.Chaos.Tests;

/// <summary>Load on the running service through its REST API, as publishers' automation drives it: 5 publishers (each
/// with its own API token) upload 10 books each, submit all 50 renders at once, and 50 followers poll their render's
/// progress every second until it ends. Nothing may be lost and each chapter is rendered once; the latency of every API
/// call is measured and reported by kind (docs/benchmarks/service.md), not asserted: a benchmark's figure, not a test's.</summary>
[Collection(RunningServiceGroup.Name)]
public sealed class LoadTests(RunningService stack, ITestOutputHelper output)
{
    private const int Publishers = 5;
    private const int RendersPerPublisher = 10;

    /// <summary>How often a follower asks for its render's progress: the dashboard's own live-progress interval.</summary>
    private static readonly TimeSpan FollowEvery = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);

    [Fact]
    public async Task FiftyRendersByFivePublishersThroughTheApi_FiftyFollowers_NothingLostAndEachChapterOnce()
    {
        await stack.RestartTtsAsync(new FaultInjectionOptions());
        var clients = new List<HttpClient>();
        var books = new List<(HttpClient Api, Guid BookId, long Billed, int Chapters)>();
        for (var p = 0; p < Publishers; p++)
        {
            var publisher = await stack.ReadAsync(sp => sp.GetRequiredService<PublisherDirectory>().AddAsync($"Load Publisher {p}", null, null, CancellationToken.None));
            var (_, secret) = await stack.ReadAsync(sp => sp.GetRequiredService<ApiTokens>().CreateAsync(publisher.Id, "load test", CancellationToken.None));
            var api = new HttpClient { BaseAddress = stack.DashboardUrl, Timeout = TimeSpan.FromMinutes(1) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            clients.Add(api);
        }

        try
        {
            // Warm-up, not measured: one book uploaded, rendered and followed to the end, so the figures are the running
            // service's and not a fresh process's first requests (JIT, the EF model, connection pools: seconds).
            var warm = await UploadAllAsync(clients[0], publisher: 99, count: 1);
            Assert.Equal("succeeded", await FollowAsync(clients[0], await SubmitAsync(clients[0], warm[0].BookId)));
            _latencies.Clear();

            // Each publisher uploads its ten books one after another, the five publishers at once.
            var uploaded = await Task.WhenAll(clients.Select((api, p) => UploadAllAsync(api, p)));
            books.AddRange(uploaded.SelectMany(b => b));
            var billedBefore = stack.BilledCharacters;
            var clock = Stopwatch.StartNew();
            // All 50 submissions at once.
            var renders = await Task.WhenAll(books.Select(b => SubmitAsync(b.Api, b.BookId)));
            var followed = await Task.WhenAll(renders.Select((id, i) => FollowAsync(books[i].Api, id)));
            clock.Stop();

            var table = Report(clock.Elapsed, followed.Count(s => s == "succeeded"));
            ChaosReport.Append($"## Load through the REST API ({TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC)\n\n{table}");
            output.WriteLine(table);

            Assert.All(followed, s => Assert.Equal("succeeded", s));
            var ids = renders.ToList();
            var chapters = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderChapters.AsNoTracking().Where(c => ids.Contains(c.RenderId)).ToListAsync());
            var events = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderEvents.AsNoTracking().Where(e => ids.Contains(e.RenderId) && e.Kind == RenderEventKinds.ChapterSucceeded).ToListAsync());
            Assert.Equal(books.Sum(b => b.Chapters), chapters.Count);
            Assert.Equal(chapters.Count, events.Count);
            Assert.Equal(chapters.Count, events.Select(e => (e.RenderId, e.ChapterNumber)).Distinct().Count());
            // Nothing was paid twice: no fault, so the server billed exactly the books' characters.
            Assert.Equal(books.Sum(b => b.Billed), stack.BilledCharacters - billedBefore);
            // Every render's audiobook is there to download, through the same API.
            foreach (var (api, id) in books.Select((b, i) => (b.Api, renders[i])))
            {
                var render = await api.GetFromJsonAsync<JsonElement>($"/api/v1/renders/{id}", Json);
                var m4b = render.GetProperty("m4bFile").GetString();
                Assert.False(string.IsNullOrEmpty(m4b), $"render {id} has no M4B");
                using var download = await api.GetAsync($"/api/v1/renders/{id}/files/{m4b}", HttpCompletionOption.ResponseHeadersRead);
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal("audio/mp4", download.Content.Headers.ContentType?.MediaType);
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private async Task<List<(HttpClient Api, Guid BookId, long Billed, int Chapters)>> UploadAllAsync(HttpClient api, int publisher, int count = RendersPerPublisher)
    {
        var books = new List<(HttpClient, Guid, long, int)>();
        for (var b = 0; b < count; b++)
        {
            var source = TestBooks.Markdown($"Load {publisher} {b}", 2, 2, seed: 9000 + (publisher * 100) + b);
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(source);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
            form.Add(file, "file", $"load-{publisher}-{b}.md");
            using var response = await TimedAsync("upload a book", () => api.PostAsync("/api/v1/books", form));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var book = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            books.Add((api, book.GetProperty("id").GetGuid(), book.GetProperty("billedCharacters").GetInt64(), book.GetProperty("chapters").GetArrayLength()));
        }

        return books;
    }

    private async Task<Guid> SubmitAsync(HttpClient api, Guid bookId)
    {
        using var response = await TimedAsync("submit a render", () => api.PostAsJsonAsync("/api/v1/renders", new { bookId, voice = "Ethan" }, Json));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    /// <summary>One follower: <c>GET /api/v1/renders/{id}</c> every <see cref="FollowEvery"/> until the render ends; its
    /// final state.</summary>
    private async Task<string> FollowAsync(HttpClient api, Guid renderId)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(10);
        var state = "unknown";
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            using var response = await TimedAsync("follow progress", () => api.GetAsync($"/api/v1/renders/{renderId}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            state = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("state").GetString() ?? "";
            if (state is "succeeded" or "failed" or "cancelled")
            {
                return state;
            }

            await Task.Delay(FollowEvery);
        }

        return state;
    }

    private async Task<HttpResponseMessage> TimedAsync(string kind, Func<Task<HttpResponseMessage>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await call();
        _latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    private string Report(TimeSpan elapsed, int succeeded)
    {
        var rows = _latencies.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, Values: k.Value.Order().ToList()))
            .Append(("every API call", _latencies.Values.SelectMany(v => v).Order().ToList()));
        var table = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{Publishers * RendersPerPublisher} renders by {Publishers} publishers, {Publishers * RendersPerPublisher} followers polling every {FollowEvery.TotalSeconds:0.#} s: {succeeded} succeeded, all done in {elapsed.TotalSeconds:F0} s\n\n"));
        table.Append("| API call | calls | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var (kind, values) in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {kind} | {values.Count} | {Percentile(values, 0.5):F1} | {Percentile(values, 0.95):F1} | {values[^1]:F1} |\n");
        }

        return table.ToString();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
