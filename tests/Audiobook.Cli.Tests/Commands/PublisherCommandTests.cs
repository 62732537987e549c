using System.Text.Json;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>publisher add|list</c> against a real PostgreSQL.</summary>
public sealed class PublisherCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task Add_NewPublisher_ListShowsItWithItsBudget()
    {
        var (code, output, error) = await service.RunAsync("publisher", "add", "Acme Books", "--budget-characters", "100000");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("added publisher acme-books (", output, StringComparison.Ordinal);
        var (_, list, _) = await service.RunAsync("publisher", "list", "--json");
        var acme = JsonDocument.Parse(list).RootElement.GetProperty("publishers").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "acme-books");
        Assert.Equal("Acme Books", acme.GetProperty("name").GetString());
        Assert.Equal(100000, acme.GetProperty("monthly_budget_characters").GetInt64());
        Assert.Equal(0, acme.GetProperty("used_this_month").GetInt64());
        var (_, table, _) = await service.RunAsync("publisher", "list");
        Assert.Matches(@"acme-books\s+Acme Books\s+[0-9a-f-]{36}\s+100,000 billed characters\s+0\s", table);
    }

    [Fact]
    public async Task Add_SameSlugTwice_OneLineErrorAndExit2()
    {
        await service.AddPublisherAsync("twice");

        var (code, output, error) = await service.RunAsync("publisher", "add", "Twice Again", "--slug", "twice");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: a publisher 'twice' already exists\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task List_AfterSubmit_UsedThisMonthIsTheRendersEstimate()
    {
        await service.AddPublisherAsync("usage");
        await service.SubmitAsync("usage", CliRun.Sample("chinese.md"));

        var (_, list, _) = await service.RunAsync("publisher", "list", "--json");
        var (_, status, _) = await service.RunAsync("status", "--publisher", "usage", "--json");

        var used = JsonDocument.Parse(list).RootElement.GetProperty("publishers").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "usage").GetProperty("used_this_month").GetInt64();
        var estimate = JsonDocument.Parse(status).RootElement.GetProperty("renders")[0].GetProperty("estimated_billed_characters").GetInt64();
        Assert.True(estimate > 0);
        Assert.Equal(estimate, used);
    }

    [Fact]
    public async Task Budget_ChangedAndLifted_ListShowsIt()
    {
        await service.AddPublisherAsync("thrifty");

        var (code, output, error) = await service.RunAsync("publisher", "budget", "thrifty", "--characters", "25000");
        var (_, afterSet, _) = await service.RunAsync("publisher", "list", "--json");
        var (liftCode, lifted, _) = await service.RunAsync("publisher", "budget", "thrifty", "--none");
        var (_, afterLift, _) = await service.RunAsync("publisher", "list", "--json");

        Assert.Equal((0, "", "publisher thrifty: monthly budget 25,000 billed characters\n"), (code, error, output.ReplaceLineEndings("\n")));
        Assert.Equal(25000, Thrifty(afterSet).GetProperty("monthly_budget_characters").GetInt64());
        Assert.Equal((0, "publisher thrifty: monthly budget none\n"), (liftCode, lifted.ReplaceLineEndings("\n")));
        Assert.Equal(JsonValueKind.Null, Thrifty(afterLift).GetProperty("monthly_budget_characters").ValueKind);

        static JsonElement Thrifty(string list) =>
            JsonDocument.Parse(list).RootElement.GetProperty("publishers").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "thrifty");
    }

    [Theory]
    [InlineData("error: give either --characters N or --none", "thrifty-two")]
    [InlineData("error: give either --characters N or --none", "thrifty-two", "--characters", "10", "--none")]
    [InlineData("error: the monthly budget must be 0 or more billed characters", "thrifty-two", "--characters", "-5")]
    [InlineData("error: publisher 'nobody' not found", "nobody", "--none")]
    public async Task Budget_BadArguments_OneLineAndExit2(string expected, params string[] arguments)
    {
        await service.RunAsync("publisher", "add", "Thrifty Two", "--slug", "thrifty-two"); // once per class; "already exists" after that

        var (code, output, error) = await service.RunAsync(["publisher", "budget", .. arguments]);

        Assert.Equal((2, ""), (code, output));
        Assert.Equal(expected, error.Trim());
    }

    [Fact]
    public async Task Publisher_WithoutSubcommand_OneLineParseError()
    {
        var (code, _, error) = await service.RunAsync("publisher");

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
