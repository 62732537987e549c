using System.Text.Json;
using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>status</c>: the list, one render, render ids by prefix, and <c>--watch</c> on a finished render.</summary>
public sealed class StatusCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task Status_PublisherFilter_ListsOnlyItsRenders()
    {
        await service.AddPublisherAsync("north");
        await service.AddPublisherAsync("south");
        var north = await service.SubmitAsync("north", CliRun.Sample("chinese.md"));
        var south = await service.SubmitAsync("south", CliRun.Sample("chinese.md"));

        var (code, output, _) = await service.RunAsync("status", "--publisher", "north", "--json");
        var (_, all, _) = await service.RunAsync("status", "--json");

        Assert.Equal(0, code);
        var ids = JsonDocument.Parse(output).RootElement.GetProperty("renders").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([north], ids);
        var listed = JsonDocument.Parse(all).RootElement.GetProperty("renders").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(north, listed);
        Assert.Contains(south, listed);
        Assert.True(listed.IndexOf(south) < listed.IndexOf(north), "newest first");
    }

    [Fact]
    public async Task Status_RenderOfAnotherPublisher_OneLine()
    {
        await service.AddPublisherAsync("owner");
        await service.AddPublisherAsync("other");
        var id = await service.SubmitAsync("owner", CliRun.Sample("chinese.md"));

        var (code, _, error) = await service.RunAsync("status", id.ToString(), "--publisher", "other");

        Assert.Equal(2, code);
        Assert.Matches(@"^error: render [0-9a-f]{8,32} belongs to publisher owner\n$", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Status_PrefixSharedByTwoRenders_AmbiguousInOneLineAndLongerPrefixesWork()
    {
        await service.AddPublisherAsync("twins");
        var id = await service.SubmitAsync("twins", CliRun.Sample("chinese.md"));
        var hex = id.ToString("N");
        var twin = Guid.ParseExact(hex[..20] + (hex[20] == '0' ? '1' : '0') + hex[21..], "N");
        await AddTwinAsync(id, twin);

        var (code, output, error) = await service.RunAsync("status", hex[..20]);
        var (_, table, _) = await service.RunAsync("status", "--publisher", "twins");
        var (longerCode, longer, _) = await service.RunAsync("status", hex[..21], "--json");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: render id '{hex[..20]}' is ambiguous: 2 renders start with it ({(id.CompareTo(twin) < 0 ? $"{id}, {twin}" : $"{twin}, {id}")}): give more digits\n", error.ReplaceLineEndings("\n"));
        // The list shows each by the shortest prefix that names only it, and that prefix resolves.
        Assert.Contains(hex[..21] + " ", table, StringComparison.Ordinal);
        Assert.Contains(twin.ToString("N")[..21] + " ", table, StringComparison.Ordinal);
        Assert.Equal(0, longerCode);
        Assert.Equal(id, JsonDocument.Parse(longer).RootElement.GetProperty("render").GetProperty("id").GetGuid());
        Assert.Equal(hex[..21], JsonDocument.Parse(longer).RootElement.GetProperty("render").GetProperty("short_id").GetString());
    }

    [Theory]
    [InlineData("ffffffffffff", "error: render 'ffffffffffff' not found")]
    [InlineData("01a2", "error: render id '01a2' is too short: give at least 8 hex digits")]
    [InlineData("my-render", "error: 'my-render' is not a render id: give the id or its first 8 or more hex digits")]
    public async Task Status_UnknownOrMalformedId_OneLineAndExit2(string text, string expected)
    {
        var (code, output, error) = await service.RunAsync("status", text);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected + "\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Status_WatchOnFinishedRender_PrintsItsFinalTableAndReturns()
    {
        await service.AddPublisherAsync("watched");
        var id = await service.SubmitAsync("watched", CliRun.Sample("chinese.md"));
        Assert.Equal(0, (await service.RunAsync("cancel", id.ToString())).Code);

        var (code, output, _) = await service.RunAsync("status", id.ToString(), "--watch");
        var (jsonCode, json, _) = await service.RunAsync("status", id.ToString(), "--watch", "--json");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d\d:\d\d:\d\d cancelled chapters - segments - billed 0\n", output.ReplaceLineEndings("\n"));
        Assert.Matches(@"\nstate\s+cancelled\s*\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(0, jsonCode);
        var line = Assert.Single(json.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("cancelled", JsonDocument.Parse(line).RootElement.GetProperty("render").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Status_OneRender_TableHasItsFacts()
    {
        await service.AddPublisherAsync("table");
        var id = await service.SubmitAsync("table", CliRun.Sample("chinese.md"), "--voice", "Ethan");

        var (code, output, _) = await service.RunAsync("status", id.ToString());

        Assert.Equal(0, code);
        Assert.Contains($"render     {id} (", output, StringComparison.Ordinal);
        Assert.Matches(@"state\s+queued", output);
        Assert.Contains("voice Ethan", output, StringComparison.Ordinal);
        Assert.Contains("no chapters yet: a worker plans them when the render starts", output, StringComparison.Ordinal);
        Assert.Matches(@"render\.submitted\s+by cli", output);
    }

    private Task<int> AddTwinAsync(Guid id, Guid twin) => service.WithAsync(async s =>
    {
        var db = s.GetRequiredService<AudiobookDbContext>();
        var r = await db.Renders.AsNoTracking().SingleAsync(x => x.Id == id);
        db.Renders.Add(new Render
        {
            Id = twin,
            PublisherId = r.PublisherId,
            BookId = r.BookId,
            Model = r.Model,
            Voice = r.Voice,
            Profile = r.Profile,
            Formats = r.Formats,
            Region = r.Region,
            State = RenderState.Cancelled,
            CreatedBy = "test",
            CreatedAt = r.CreatedAt,
            Currency = r.Currency,
            OutputKey = "renders/" + twin.ToString("N"),
        });
        return await db.SaveChangesAsync();
    });
}
