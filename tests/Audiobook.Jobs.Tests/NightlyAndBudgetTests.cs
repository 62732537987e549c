using Audiobook.Jobs.Nightly;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Jobs.Tests;

public sealed class NightlyAndBudgetTests(NightlyAndBudgetTests.Fixture service) : IClassFixture<NightlyAndBudgetTests.Fixture>
{
    /// <summary>A nightly budget of 2,000 billed characters.</summary>
    public sealed class Fixture : ServiceFixture
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Nightly:BudgetCharacters"] = "2000" };
    }

    [Fact]
    public async Task NightlyRun_StartsTheOldestRendersThatFitTheBudgetAndLeavesTheRest()
    {
        var publisher = await service.AddPublisherAsync("Night Owl Press");
        // Estimates (billed characters) chosen so that the first three fit in 2,000 and the fourth does not.
        var books = new List<Book>();
        foreach (var (seed, sentences) in new[] { (3001, 6), (3002, 6), (3003, 6), (3004, 8), (3005, 1) })
        {
            books.Add(await service.ImportAsync(publisher.Id, $"night-{seed}.md", TestBooks.Markdown($"Night {seed}", 1, sentences, seed)));
        }

        var renders = new List<Render>();
        foreach (var book in books)
        {
            renders.Add(await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Voice = "Ethan", Schedule = RenderSchedule.Nightly }));
        }

        Assert.All(renders, r => Assert.Equal(RenderState.Scheduled, r.State));
        var expected = new List<Guid>();
        long spent = 0;
        foreach (var r in renders)
        {
            if (spent + r.EstimatedBilledCharacters > 2000)
            {
                break; // strictly in order: the first that does not fit ends the night
            }

            spent += r.EstimatedBilledCharacters;
            expected.Add(r.Id);
        }

        Assert.InRange(expected.Count, 1, renders.Count - 1); // the fixture's books really straddle the budget

        var first = await service.WithAsync(sp => sp.GetRequiredService<NightlyBatch>().RunAsync(CancellationToken.None));
        var second = await service.WithAsync(sp => sp.GetRequiredService<NightlyBatch>().RunAsync(CancellationToken.None));

        Assert.Equal(expected, first.Started);
        Assert.Equal(spent, first.SpentCharacters);
        Assert.Empty(second.Started); // the same night's budget is not spent twice
        Assert.Equal(renders.Count - expected.Count, second.Waiting);
        foreach (var r in renders)
        {
            var state = (await service.RenderAsync(r.Id)).State;
            Assert.Equal(expected.Contains(r.Id) ? RenderState.Queued : RenderState.Scheduled, state);
        }
    }

    [Fact]
    public async Task Submit_NightlyRenderLargerThanAWholeNight_IsRefusedWithTheReason()
    {
        var publisher = await service.AddPublisherAsync("Too Big Books");
        var book = await service.ImportAsync(publisher.Id, "big.md", TestBooks.Markdown("Big", 3, 20, seed: 3101));

        var error = await Assert.ThrowsAsync<SubmissionException>(() =>
            service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id, Schedule = RenderSchedule.Nightly }));

        Assert.Contains("night's budget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_OverThePublishersMonthlyBudget_IsRefusedAndNothingIsRecorded()
    {
        var publisher = await service.AddPublisherAsync("Budget Books", budget: 1500);
        var book = await service.ImportAsync(publisher.Id, "budget.md", TestBooks.Markdown("Budget", 1, 10, seed: 3201));
        Assert.InRange(book.BilledCharacters, 800, 1500); // one render fits, two do not

        await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id });
        var error = await Assert.ThrowsAsync<SubmissionException>(() => service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id }));

        Assert.StartsWith("monthly budget exceeded", error.Message, StringComparison.Ordinal);
        var count = await service.WithAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Renders.CountAsync(r => r.PublisherId == publisher.Id));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Submit_TenAtOnceAgainstAMonthlyBudget_TakeTurnsSoExactlyThoseThatFitAreRecorded()
    {
        var book = await service.ImportAsync((await service.AddPublisherAsync("Scratch")).Id, "size.md", TestBooks.Markdown("Burst", 1, 10, seed: 3202));
        var publisher = await service.AddPublisherAsync("Burst Books", budget: (book.BilledCharacters * 3) + (book.BilledCharacters / 2));
        book = await service.ImportAsync(publisher.Id, "burst.md", TestBooks.Markdown("Burst", 1, 10, seed: 3202));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await service.SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id });
                return "accepted";
            }
            catch (SubmissionException ex) when (ex.Message.StartsWith("monthly budget exceeded", StringComparison.Ordinal))
            {
                return "refused";
            }
        }));

        Assert.Equal(3, outcomes.Count(o => o == "accepted"));
        var count = await service.WithAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Renders.CountAsync(r => r.PublisherId == publisher.Id));
        Assert.Equal(3, count);
    }

    [Theory]
    [InlineData("NoSuchVoice", null, "unknown voice")]
    [InlineData("Ethan", "wav", "unknown format")]
    [InlineData("Ethan", "m4b,mp3,", null)]
    [InlineData("Ethan", "m4b,epub3", null)]
    public async Task Submit_BadRequest_IsRefusedWithOneLine(string voice, string? formats, string? reason)
    {
        var publisher = await service.AddPublisherAsync($"Picky {voice} {formats}");
        var book = await service.ImportAsync(publisher.Id, "picky.md", TestBooks.Markdown("Picky", 1, 2, seed: 3301));
        var request = new RenderRequest { BookId = book.Id, Voice = voice, Formats = formats ?? "m4b,mp3" };

        if (reason is null)
        {
            Assert.Equal(RenderState.Queued, (await service.SubmitAsync(publisher.Id, request)).State);
            return;
        }

        var error = await Assert.ThrowsAsync<SubmissionException>(() => service.SubmitAsync(publisher.Id, request));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Submit_AnotherPublishersBook_IsNotFound()
    {
        var owner = await service.AddPublisherAsync("Owner House");
        var other = await service.AddPublisherAsync("Other House");
        var book = await service.ImportAsync(owner.Id, "mine.md", TestBooks.Markdown("Mine", 1, 2, seed: 3401));

        var error = await Assert.ThrowsAsync<SubmissionException>(() => service.SubmitAsync(other.Id, new RenderRequest { BookId = book.Id }));

        Assert.True(error.IsNotFound);
    }

    [Theory]
    [InlineData("empty.epub", "")]
    [InlineData("broken.epub", "PK\u0003\u0004 this is not a zip archive at all")]
    [InlineData("nothing.md", "   \n\n  ")]
    public async Task Import_BrokenBook_IsRefusedWithTheReadersReasonAndNothingIsStored(string name, string content)
    {
        var publisher = await service.AddPublisherAsync($"Broken {name}");

        var error = await Assert.ThrowsAsync<SubmissionException>(() => service.ImportAsync(publisher.Id, name, System.Text.Encoding.Latin1.GetBytes(content)));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        var books = await service.WithAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Books.CountAsync(b => b.PublisherId == publisher.Id));
        Assert.Equal(0, books);
    }
}
