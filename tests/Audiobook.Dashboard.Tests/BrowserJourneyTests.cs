using System.Diagnostics;
using System.Text.Json;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Audiobook.Dashboard.Tests;

/// <summary>The publisher's journey in Chromium against the real dashboard on Kestrel, real PostgreSQL, the local TTS
/// server and a real worker process. Screenshots of the main pages go to the folder named by
/// <c>DASHBOARD_SCREENSHOTS</c> when it is set (docs/images holds the ones docs/dashboard.md shows).</summary>
public sealed class BrowserJourneyTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    private static readonly TimeSpan RenderLimit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Journey_UploadPreviewSubmitFollowListenDownloadFixAndRerender()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Lighthouse Press", budget: 5_000_000);
        await dashboard.AddUserAsync(publisher.Id, "editor@lighthouse.example", UserRole.Admin);
        await using var worker = dashboard.StartWorkerProcess(workers: 2);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = dashboard.Url.ToString(), AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        // Sign in.
        await page.GotoAsync("/books");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await ShotAsync(page, "signin");
        await page.FillAsync("input[name=Email]", "editor@lighthouse.example");
        await page.FillAsync("input[name=Password]", DashboardFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/books$"));

        // Upload the sample EPUB; its page shows the chapters and the estimate.
        await page.SetInputFilesAsync("input[type=file]", RepositoryRoot.File("samples", "english-epub3.epub"));
        await page.ClickAsync("form[enctype='multipart/form-data'] button[type=submit]");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/books/[0-9a-f-]{36}$"));
        var bookId = Guid.Parse(page.Url.Split('/')[^1]);
        var book = await dashboard.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Books.AsNoTracking().SingleAsync(b => b.Id == bookId));
        await Expect(page.Locator("#chapters tbody tr")).ToHaveCountAsync(book.Chapters.Count);
        await Expect(page.Locator("#chapters")).ToContainTextAsync(book.Chapters[0].Title);
        await Expect(page.Locator("#estimate")).ToContainTextAsync("billed characters");
        await Expect(page.Locator("#estimate")).ToContainTextAsync("of 5,000,000 billed characters");

        // Preview a voice: the audio element loads the book's opening in it.
        await page.SelectOptionAsync("#voice", "Ethan");
        await page.ClickAsync("#preview");
        await page.WaitForFunctionAsync("() => { const a = document.getElementById('preview-audio'); return a.readyState >= 1 && a.duration > 0; }", null, new() { Timeout = 60_000 });
        await ShotAsync(page, "book");

        // Submit now, then watch the progress reach 100 % on the same page, with no reload.
        await page.ClickAsync("#submit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/renders/[0-9a-f-]{36}$"));
        var renderId = Guid.Parse(page.Url.Split('/')[^1]);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        // A small book on a fast machine may finish between two progress events, so "succeeded" is as good as "running" here.
        await Expect(page.Locator("#render-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(running|succeeded)$"), new() { Timeout = 60_000 });
        if (await page.Locator("#render-state").TextContentAsync() == "running")
        {
            await ShotAsync(page, "render-running");
        }

        await Expect(page.Locator("#render-percent")).ToHaveTextAsync("100%", new() { Timeout = (float)RenderLimit.TotalMilliseconds });
        await Expect(page.Locator("#render-state")).ToHaveTextAsync("succeeded", new() { Timeout = 60_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the render page reloaded");
        // The finished render offers each chapter's re-render in place (with its form's antiforgery token), no reload.
        var rows = await page.Locator("#render-chapters tr[data-chapter]").CountAsync();
        Assert.True(rows > 0, "no chapter rows");
        await Expect(page.Locator("#render-chapters tr[data-chapter] td.actions button")).ToHaveCountAsync(rows, new() { Timeout = 30_000 });
        await Expect(page.Locator("#render-chapters tr[data-chapter='1'] td.actions input[name='__RequestVerificationToken']")).ToHaveCountAsync(1);

        // Listen to a chapter in the page (its MP3 through range requests).
        var audio = page.Locator("#render-chapters tr[data-chapter='1'] audio");
        await Expect(audio).ToHaveCountAsync(1);
        await audio.EvaluateAsync("a => a.play()");
        await page.WaitForFunctionAsync("() => document.querySelector(\"#render-chapters tr[data-chapter='1'] audio\").currentTime > 0", null, new() { Timeout = 30_000 });

        // Download the M4B: ffprobe sees one chapter per book chapter.
        var m4bLink = page.Locator("#downloads a[href$='.m4b']");
        await Expect(m4bLink).ToHaveCountAsync(1);
        var download = await page.RunAndWaitForDownloadAsync(() => m4bLink.ClickAsync());
        var m4b = Path.Combine(dashboard.StoreRoot, "downloaded.m4b");
        await download.SaveAsAsync(m4b);
        Assert.Equal(book.Chapters.Select(c => c.Title), await ChapterTitlesAsync(m4b));
        await ShotAsync(page, "render-done");

        // Fix a pronunciation: the page names the one chapter it changes, and one click re-renders just that one.
        var render = await dashboard.RenderAsync(renderId);
        var billedBefore = dashboard.Tts.Statistics.CharactersBilled;
        await page.GotoAsync($"/books/{bookId}");
        await page.FillAsync("#lexicon", "Haddow => Haddo");
        await page.ClickAsync("#save-lexicon");
        await Expect(page.Locator("#changed-chapters")).ToHaveTextAsync("1");
        await ShotAsync(page, "lexicon");
        await page.ClickAsync("#rerender-changed");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/renders/{renderId}$"));
        await Expect(page.Locator("#render-state")).ToHaveTextAsync("succeeded", new() { Timeout = (float)RenderLimit.TotalMilliseconds });

        var chapters = await dashboard.ChaptersAsync(renderId);
        Assert.Equal(2, chapters.Single(c => c.Number == 1).Attempts);
        Assert.All(chapters.Where(c => c.Number != 1), c => Assert.Equal(1, c.Attempts));
        var billedForFix = dashboard.Tts.Statistics.CharactersBilled - billedBefore;
        Assert.InRange(billedForFix, 1, book.Chapters[0].BilledCharacters - 1); // only the changed segments, not the whole chapter
        Assert.True((await dashboard.RenderAsync(renderId)).FinishedAt > render.FinishedAt);
    }

    private static async Task<IReadOnlyList<string>> ChapterTitlesAsync(string m4b)
    {
        var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-show_chapters", "-of", "json", m4b]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var json = JsonDocument.Parse(await process.StandardOutput.ReadToEndAsync()).RootElement;
        await process.WaitForExitAsync();
        return [.. json.GetProperty("chapters").EnumerateArray().Select(c => c.GetProperty("tags").GetProperty("title").GetString()!)];
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"dashboard-{name}.png"), FullPage = true });
        }
    }
}
